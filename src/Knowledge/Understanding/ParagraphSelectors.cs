using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Paragraph references that are not keys: "the last paragraph", "the second paragraph" (by position among the
/// operative paragraphs: 38/4 numbers its own from 5), "the last preambular paragraph", "the final, unnumbered
/// paragraph", "the preamble", "section E". Written by <see cref="ReferenceParser"/> as "#…"
/// strings, resolved here against one resolution.
/// </summary>
public static class ParagraphSelectors
{
    public const string Last = "#last";
    public const string LastPreambular = "#last:preamble";
    public const string LastUnnumbered = "#last:unnumbered";
    public const string LastButOne = "#last-1";
    public const string LastButOnePreambular = "#last-1:preamble";
    public const string Preamble = "#preamble";

    public static string Position(int position) => $"#n:{position}";

    private const string SectionPrefix = "#section:";
    private const string LastOfSectionPrefix = "#last:section:";

    public static string Section(string letter) => SectionPrefix + letter;

    /// <summary>"The last paragraph of section C": the section's last operative paragraph.</summary>
    public static string LastOfSection(string letter) => LastOfSectionPrefix + letter;

    public static bool IsSelector(string reference) => reference.StartsWith('#');

    /// <summary>The paragraphs a key or selector names in <paramref name="resolution"/>; empty when none.</summary>
    public static IReadOnlyList<Paragraph> Resolve(Resolution resolution, string reference)
    {
        if (!IsSelector(reference))
            return resolution.FindParagraph(reference) is { } paragraph ? [paragraph] : [];
        switch (reference)
        {
            case LastPreambular:
                return Preambular(resolution) is { Count: > 0 } preambular ? [preambular[^1]] : [];
            case LastButOnePreambular:
                return Preambular(resolution) is { Count: > 1 } before ? [before[^2]] : [];
            case Preamble:
                return Preambular(resolution);
        }
        var operative = resolution.Operative.ToList();
        switch (reference)
        {
            case Last:
                return operative.Count > 0 ? [operative[^1]] : [];
            case LastButOne:
                return operative.Count > 1 ? [operative[^2]] : [];
            // "The final, unnumbered paragraph" is the last one only if it is printed without a number.
            case LastUnnumbered:
                return operative.Count > 0 && operative[^1].NumberAsPrinted is null ? [operative[^1]] : [];
        }
        if (PositionOf(reference) is { } position)
        {
            // "الفقرة السابعة" of a resolution that prints its paragraphs 5 to 8 means the one numbered 7.
            if (resolution.FindParagraph(position.ToString()) is { Kind: ParagraphKind.Operative } numbered)
                return [numbered];
            return position >= 1 && position <= operative.Count ? [operative[position - 1]] : [];
        }
        if (reference.StartsWith(SectionPrefix, StringComparison.Ordinal))
            return InSection(operative, reference[SectionPrefix.Length..]);
        if (reference.StartsWith(LastOfSectionPrefix, StringComparison.Ordinal))
            return InSection(operative, reference[LastOfSectionPrefix.Length..]) is { Count: > 0 } section ? [section[^1]] : [];
        return [];
    }

    /// <summary>
    /// True when <paramref name="reference"/> counts the operative paragraphs and <paramref name="resolution"/> prints
    /// no operative paragraph with that number, so the one in that place was taken ("operative paragraph 1" of a
    /// resolution numbered from 5 is ¶5): the answer says so.
    /// </summary>
    /// <param name="resolved">What <see cref="Resolve"/> gave for <paramref name="reference"/>.</param>
    public static bool ReadInOrder(Resolution resolution, string reference, IReadOnlyList<Paragraph> resolved) =>
        PositionOf(reference) is { } position && resolution.FindParagraph(position.ToString()) is not { Kind: ParagraphKind.Operative }
        && resolved.Count == 1;

    /// <summary>Whether a reference names a section ("section A", "the last paragraph of section E") or a lettered paragraph ("E.1"): what few resolutions print.</summary>
    public static bool NamesSection(string reference) =>
        reference.StartsWith(SectionPrefix, StringComparison.Ordinal) || reference.StartsWith(LastOfSectionPrefix, StringComparison.Ordinal)
        || (!IsSelector(reference) && reference.Length > 0 && char.IsLetter(reference[0]) && !reference.StartsWith("PP", StringComparison.Ordinal) && !reference.StartsWith("OP", StringComparison.Ordinal));

    /// <summary>How a reference is named back to the user: keys as they are, "#n:3" as "#3", "#section:E" as "E".</summary>
    public static string Describe(string reference) =>
        PositionOf(reference) is { } position ? $"#{position}"
        : reference.StartsWith(SectionPrefix, StringComparison.Ordinal) ? reference[SectionPrefix.Length..]
        : reference.StartsWith(LastOfSectionPrefix, StringComparison.Ordinal) ? $"{reference[LastOfSectionPrefix.Length..]} (last)"
        : reference switch
        {
            LastPreambular => "PP (last)",
            LastButOne => "(last but one)",
            LastButOnePreambular => "PP (last but one)",
            LastUnnumbered => "OP-final",
            Preamble => "PP",
            _ => reference.TrimStart('#'),
        };

    private static List<Paragraph> InSection(List<Paragraph> operative, string letter) =>
        operative.Where(p => string.Equals(p.Section, letter, StringComparison.OrdinalIgnoreCase)).ToList();

    private static List<Paragraph> Preambular(Resolution resolution) => resolution.Paragraphs.Where(p => p.Kind == ParagraphKind.Preambular).ToList();

    /// <summary>The place a "#n:" selector counts to; null for any other reference.</summary>
    public static int? PositionOf(string reference) =>
        reference.StartsWith("#n:", StringComparison.Ordinal) && int.TryParse(reference[3..], out var position) ? position : null;
}
