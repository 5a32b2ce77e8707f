using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Channels.Slack;

/// <summary>
/// The real assistant, held back until the test opens the gate: makes "the answer is not ready within the
/// acknowledgement budget" deterministic without a clock.
/// </summary>
public sealed class GatedAssistant(IResolutionAssistant inner) : IResolutionAssistant
{
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => gate.TrySetResult();

    public async Task<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        await gate.Task.WaitAsync(cancellationToken);
        return await inner.AskAsync(question, cancellationToken);
    }

    public Answer ShowResolution(string resolutionKey, Language language) => inner.ShowResolution(resolutionKey, language);

    public Answer ShowParagraphs(string resolutionKey, IReadOnlyList<string> paragraphKeys, Language language) =>
        inner.ShowParagraphs(resolutionKey, paragraphKeys, language);

    public IReadOnlyList<QuotedClause> Search(string query, Language language, int skip, int take) => inner.Search(query, language, skip, take);

    public IReadOnlyList<Resolution> Resolutions => inner.Resolutions;
}
