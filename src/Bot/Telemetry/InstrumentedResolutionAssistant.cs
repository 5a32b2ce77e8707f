using System.Diagnostics;
using ResBot.Bot.Generative;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Telemetry;

/// <summary>
/// The outermost assistant: a `resbot.answer` span and the `resbot.answers` metrics around whatever answers
/// (the core alone, or the generative decorator around it). The question's text is never recorded, only its shape.
/// </summary>
internal sealed class InstrumentedResolutionAssistant(IResolutionAssistant inner, IGenerativeUserContext users, ResBotMetrics metrics) : IResolutionAssistant
{
    /// <summary>What answers underneath: the core, or the generative decorator around it.</summary>
    public IResolutionAssistant Inner => inner;

    public IReadOnlyList<Resolution> Resolutions => inner.Resolutions;

    public async Task<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = Start("question");
        try
        {
            return Record(span, "question", await inner.AskAsync(question, cancellationToken), started);
        }
        catch (Exception error)
        {
            span?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            throw;
        }
    }

    public Answer ShowResolution(string resolutionKey, Language language)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = Start("resolution");
        return Record(span, "resolution", inner.ShowResolution(resolutionKey, language), started);
    }

    public Answer ShowParagraphs(string resolutionKey, IReadOnlyList<string> paragraphKeys, Language language)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = Start("paragraphs");
        return Record(span, "paragraphs", inner.ShowParagraphs(resolutionKey, paragraphKeys, language), started);
    }

    // Search results are not answers (the Teams search box asks on every keystroke): traced by the HTTP span alone.
    public IReadOnlyList<QuotedClause> Search(string query, Language language, int skip, int take) =>
        inner.Search(query, language, skip, take);

    private static Activity? Start(string kind) =>
        ResBotTelemetry.Source.StartActivity("resbot.answer")?.SetTag("resbot.request.kind", kind);

    private Answer Record(Activity? span, string kind, Answer answer, long started)
    {
        var outcome = answer.Outcome.ToString().ToLowerInvariant();
        span?.SetTag("resbot.answer.outcome", outcome)
            .SetTag("resbot.answer.mode", answer.Mode.ToString().ToLowerInvariant())
            .SetTag("resbot.answer.language", answer.Language.Code())
            .SetTag("resbot.answer.citations", answer.Clauses.Count);
        metrics.Answered(ResBotTelemetry.ChannelOf(users.UserKey), kind, answer, Stopwatch.GetElapsedTime(started));
        return answer;
    }
}
