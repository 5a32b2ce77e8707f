using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// What to look for: words in one language, glossary terms in any, and filters. Only values, no predicates: any
/// search backend that indexes the same keyword fields can answer it.
/// </summary>
/// <param name="Text">Free text, analyzed with <paramref name="Language"/>'s analyzer; null for filters only.</param>
/// <remarks>Words a question reader has already analyzed go in <see cref="Tokens"/>: analyzing them again would
/// stem the stems ("adher" → "adh") and miss.</remarks>
/// <param name="Addressee">Only clauses addressing any of its flags; None: no filter.</param>
/// <param name="TermIds">Glossary ids ("COMIAC", "cybersecurity"): they find the clause in whatever language it has.</param>
public sealed record ClauseQuery(
    string? Text,
    Language Language,
    IReadOnlyList<string> TermIds,
    string? ResolutionKey = null,
    ParagraphKind? Kind = null,
    Addressee Addressee = Addressee.None)
{
    /// <summary>Clauses opening with any of these actions; empty: no filter.</summary>
    public IReadOnlyList<OperativeAction> Actions { get; init; } = [];

    /// <summary>A clause passes by <see cref="Addressee"/> or by <see cref="Actions"/>, either one ("whatever was asked of anyone"), instead of both.</summary>
    public bool AddresseeOrAction { get; init; }

    /// <summary>Glossary ids a clause must all mention (not only score on).</summary>
    public IReadOnlyList<string> RequiredTermIds { get; init; } = [];

    /// <summary>Only clauses of this body's resolutions (<see cref="ResolutionKeys.BodyOf"/>: "S/RES", "A/RES", "LAS", "OIC"); null: all.</summary>
    public string? Body { get; init; }

    /// <summary>Words already analyzed with <see cref="Language"/>'s analyzer, searched as they are.</summary>
    public IReadOnlyList<string> Tokens { get; init; } = [];

    /// <summary>Analyzed words that mean the same as the question's (from the paraphrase lexicon), weighed less.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Sessions the clause may name ("the ninth session of COMIAC"), scored like glossary terms.</summary>
    public IReadOnlyList<int> Sessions { get; init; } = [];

    /// <summary>Words written in another language than <see cref="Language"/>, searched on that language's text.</summary>
    public IReadOnlyList<LanguageTokens> OtherLanguageTokens { get; init; } = [];

    /// <summary>A query for a question's analyzed topic words and glossary terms.</summary>
    public static ClauseQuery ForTopic(IReadOnlyList<string> tokens, IReadOnlyList<string> synonyms, Language language, IReadOnlyList<string> termIds,
        string? resolutionKey = null, ParagraphKind? kind = null) =>
        new(null, language, termIds, resolutionKey, kind) { Tokens = tokens, Synonyms = synonyms };
}
