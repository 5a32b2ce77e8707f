using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Paragraph references that are not keys: "the last paragraph", "the second paragraph" (by position among the
/// operative paragraphs: 38/4 numbers its own from 5), "the preamble", "section E". Written by
/// <see cref="ReferenceParser"/> as "#…" strings, resolved here against one resolution.
/// </summary>
public static class ParagraphSelectors
{
    public const string Last = "#last";
    public const string Preamble = "#preamble";

    public static string Position(int position) => $"#n:{position}";

    public static string Section(string letter) => $"#section:{letter}";

    public static bool IsSelector(string reference) => reference.StartsWith('#');

    /// <summary>The paragraphs a key or selector names in <paramref name="resolution"/>; empty when none.</summary>
    public static IReadOnlyList<Paragraph> Resolve(Resolution resolution, string reference)
    {
        if (!IsSelector(reference))
            return resolution.FindParagraph(reference) is { } paragraph ? [paragraph] : [];
        var operative = resolution.Operative.ToList();
        if (reference == Last)
            return operative.Count > 0 ? [operative[^1]] : [];
        if (reference == Preamble)
            return resolution.Paragraphs.Where(p => p.Kind == ParagraphKind.Preambular).ToList();
        if (reference.StartsWith("#n:", StringComparison.Ordinal) && int.TryParse(reference[3..], out var position))
        {
            // "الفقرة السابعة" of a resolution that prints its paragraphs 5 to 8 means the one numbered 7.
            if (resolution.FindParagraph(position.ToString()) is { Kind: ParagraphKind.Operative } numbered)
                return [numbered];
            return position >= 1 && position <= operative.Count ? [operative[position - 1]] : [];
        }
        if (reference.StartsWith("#section:", StringComparison.Ordinal))
            return operative.Where(p => string.Equals(p.Section, reference[9..], StringComparison.OrdinalIgnoreCase)).ToList();
        return [];
    }
}
