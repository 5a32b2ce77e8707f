using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Answers;

/// <summary>
/// The knowledge core as the channels see it. Every method returns a channel-neutral <see cref="Answer"/>
/// whose citations all exist in the corpus.
/// </summary>
public interface IResolutionAssistant
{
    /// <summary>Answers a free-form question in any of the three languages.</summary>
    Task<Answer> AskAsync(Question question, CancellationToken cancellationToken = default);

    /// <summary>Every paragraph of one resolution, in order ("show the whole resolution").</summary>
    Answer ShowResolution(string resolutionKey, Language language);

    /// <summary>Named paragraphs of one resolution in a given language ("show in French", "show the Arabic text").</summary>
    Answer ShowParagraphs(string resolutionKey, IReadOnlyList<string> paragraphKeys, Language language);

    /// <summary>Clause search for messaging extensions and digests: best first, paged.</summary>
    IReadOnlyList<QuotedClause> Search(string query, Language language, int skip, int take);

    /// <summary>The resolutions in the corpus, latest first.</summary>
    IReadOnlyList<Resolution> Resolutions { get; }
}
