using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>What to look for: words in one language, glossary terms in any, and filters.</summary>
/// <param name="Text">Free text, analyzed with <paramref name="Language"/>'s analyzer; null for filters only.</param>
/// <remarks>Words a question reader has already analyzed go in <see cref="Tokens"/>: analyzing them again would
/// stem the stems ("adher" → "adh") and miss.</remarks>
/// <param name="TermIds">Glossary ids ("COMIAC", "cybersecurity"): they find the clause in whatever language it has.</param>
public sealed record ClauseQuery(
    string? Text,
    Language Language,
    IReadOnlyList<string> TermIds,
    string? ResolutionKey = null,
    ParagraphKind? Kind = null,
    Addressee Addressee = Addressee.None)
{
    /// <summary>Words already analyzed with <see cref="Language"/>'s analyzer, searched as they are.</summary>
    public IReadOnlyList<string> Tokens { get; init; } = [];

    /// <summary>Analyzed words that mean the same as the question's (from the paraphrase lexicon), weighed less.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>A query for a question's analyzed topic words and glossary terms.</summary>
    public static ClauseQuery ForTopic(IReadOnlyList<string> tokens, IReadOnlyList<string> synonyms, Language language, IReadOnlyList<string> termIds,
        string? resolutionKey = null, ParagraphKind? kind = null) =>
        new(null, language, termIds, resolutionKey, kind) { Tokens = tokens, Synonyms = synonyms };
}
