using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Model;

/// <summary>
/// United Nations resolution symbols written out in a text ("S/RES/2231 (2015)", "A/RES/58/85", "A/RES/3236 (XXIX)",
/// "A/HRC/RES/53/1", "E/RES/2019/12"), read as the keys the corpus uses. One reading for the paragraphs that cite
/// them and the questions that name them. Pure.
/// </summary>
public static partial class ResolutionSymbols
{
    /// <summary>Each symbol with where it stands: the key ("S/RES/2231 (2015)") and the matched text.</summary>
    public static IEnumerable<(string Key, Match Match)> Find(string text) =>
        Pattern().Matches(text).Select(m => (
            m.Groups["q"].Success ? $"{m.Groups["s"].Value.ToUpperInvariant()} ({m.Groups["q"].Value.ToUpperInvariant()})" : m.Groups["s"].Value.ToUpperInvariant(),
            m));

    /// <summary>The text with its symbols blanked out, so that their numbers are not read again as other references.</summary>
    public static string Remove(string text) => Pattern().Replace(text, " ");

    [GeneratedRegex(@"(?<![\p{L}/])(?<s>(?:A/HRC/RES|A/RES|S/RES|E/RES)/\d{1,4}(?:/\d{1,4})?)(?:\s*\(\s*(?<q>(?:19|20)\d\d|[IVXL]{1,7})\s*\))?", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
