namespace ResBot.Knowledge.Model;

/// <summary>A resolution, with its paragraphs aligned across the language versions of its document.</summary>
/// <param name="Key">"session/number", e.g. "38/4".</param>
/// <param name="DocumentSymbol">The symbol of the document that holds it, e.g. "OIC/CFM-38/2011/INF/RES/FINAL".</param>
/// <param name="Suffixes">The suffix per language as printed: "INF" in English and French, "إع" in Arabic.</param>
/// <param name="Titles">The title in each language version.</param>
public sealed record Resolution(
    string Key,
    string DocumentSymbol,
    IReadOnlyDictionary<Language, string> Suffixes,
    IReadOnlyDictionary<Language, string> Titles,
    IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>A paragraph or sub-item by its key: "5", "E.1", "PP2", "2(a)".</summary>
    public Paragraph? FindParagraph(string key) =>
        Paragraphs.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase))
        ?? Paragraphs.SelectMany(p => p.SubItems).FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<Paragraph> Operative => Paragraphs.Where(p => p.Kind == ParagraphKind.Operative);
}
