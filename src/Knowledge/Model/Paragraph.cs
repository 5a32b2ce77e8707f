namespace ResBot.Knowledge.Model;

/// <summary>
/// One paragraph of a resolution, aligned across its language versions by its citation key.
/// </summary>
/// <param name="Key">The citation key, the same in every output: "5", "E.1", "PP2", "OP-final".</param>
/// <param name="Kind">Preambular or operative.</param>
/// <param name="Section">The section letter in Latin ("E" for هـ), or null when the resolution has no sections.</param>
/// <param name="NumberAsPrinted">The number as the document prints it ("5"), or null for unnumbered paragraphs.</param>
/// <param name="Texts">The paragraph's text in each language version the corpus holds.</param>
/// <param name="Action">The operative action, normalised across languages.</param>
/// <param name="Addressees">Whom it addresses.</param>
/// <param name="NamedBodies">Glossary ids of the bodies it names ("IINA", "COMIAC" …).</param>
/// <param name="Order">Position of the paragraph in its resolution, from 0.</param>
public sealed record Paragraph(
    string Key,
    ParagraphKind Kind,
    string? Section,
    string? NumberAsPrinted,
    IReadOnlyDictionary<Language, string> Texts,
    OperativeAction Action,
    Addressee Addressees,
    IReadOnlyList<string> NamedBodies,
    int Order)
{
    /// <summary>Glossary ids of every body, addressee and topic the paragraph mentions, in any of its languages.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>The heading of its lettered section in each language ("Celebration of OIC Day"): context for search, never quoted as the paragraph.</summary>
    public IReadOnlyDictionary<Language, string> SectionTitles { get; init; } = new Dictionary<Language, string>();

    /// <summary>Its sub-items ("2(a)", "2(a)(i)"), each citable on its own; the paragraph's text includes them.</summary>
    public IReadOnlyList<Paragraph> SubItems { get; init; } = [];

    /// <summary>The resolutions it cites, as keys ("S/RES/242 (1967)") or printed pairs ("37/3"), whether in the corpus or not.</summary>
    public IReadOnlyList<string> Cites { get; init; } = [];

    /// <summary>
    /// The paragraphs read together with this one from a persisted model (<see cref="Corpus.ParagraphsRead"/>), kept
    /// alive by it so that its resolution hands out the same paragraph objects while this one is in use; null for a
    /// paragraph aligned in memory.
    /// </summary>
    internal object? ReadWith { get; init; }

    /// <summary>The text in a language with its section heading before it: what search matches against.</summary>
    public string SearchableText(Language language) =>
        Texts.TryGetValue(language, out var text)
            ? SectionTitles.TryGetValue(language, out var title) ? title + "\n" + text : text
            : "";
}
