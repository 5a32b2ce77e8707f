using System.Text.RegularExpressions;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// The numbers a text writes in digits, standing alone ("25 September", "100,000 computers"): not an ordinal ("38th",
/// "39e"), not part of a reference or symbol ("25/3", "2.5"), not inside a longer number. Arabic-Indic digits read as
/// ASCII. The same reading for a question and for a clause, so the two compare. Pure.
/// </summary>
public static partial class WrittenNumbers
{
    public static IReadOnlySet<string> In(string text) =>
        StandaloneNumber().Matches(TextNormalizer.ToAsciiDigits(text)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\p{L}\d/.,-])\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\p{L}\d])|(?<![\p{L}\d/.,-])\d+(?![\p{L}\d/]|[.,]\d)")]
    private static partial Regex StandaloneNumber();
}
