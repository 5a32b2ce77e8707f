using System.Text.RegularExpressions;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// The resolutions a paragraph cites: "Recalling its resolution 37/3-INF", "استناداً إلى القرارات رقم 8/2-إع و 8/4-إع",
/// "Rappelant sa résolution 242 (1967)", "A/RES/58/85". Security Council and old General Assembly references come out
/// as keys ("S/RES/242 (1967)", "A/RES/3236 (XXIX)"); a session/number pair comes out as "A/RES/58/85" in a UN
/// document and as printed ("37/3") elsewhere, since which number is the session is only known against the corpus.
/// Pure.
/// </summary>
public static partial class CitedResolutions
{
    public static IReadOnlyList<string> Find(string text, string? body)
    {
        var found = new List<string>();
        void Add(string key)
        {
            if (!found.Contains(key, StringComparer.OrdinalIgnoreCase))
                found.Add(key);
        }

        foreach (var (key, _) in ResolutionSymbols.Find(text))
            Add(key);

        var mentionsResolution = ResolutionWord().IsMatch(text);
        if (!mentionsResolution)
            return found;

        foreach (Match m in YearForm().Matches(text))
            Add($"S/RES/{int.Parse(m.Groups["n"].Value)} ({m.Groups["y"].Value})");
        foreach (Match m in RomanForm().Matches(text))
            Add($"A/RES/{int.Parse(m.Groups["n"].Value)} ({m.Groups["s"].Value})");
        foreach (Match m in Pair().Matches(text))
        {
            if (IsInsideSymbol(text, m))
                continue;
            var hasSuffix = m.Groups["suffix"].Success && m.Groups["suffix"].Length > 0;
            if (!hasSuffix && !ResolutionWordBefore().IsMatch(text[Math.Max(0, m.Index - 120)..m.Index]))
                continue;
            var (first, second) = (int.Parse(m.Groups["a"].Value), int.Parse(m.Groups["b"].Value));
            Add(body == "UN" && !hasSuffix ? $"A/RES/{first}/{second}" : $"{first}/{second}");
        }
        return found;
    }

    /// <summary>"OIC/CFM-38/2011/…" or "2007/3/29" hold pairs that are not references.</summary>
    private static bool IsInsideSymbol(string text, Match m)
    {
        var before = m.Index > 0 ? text[m.Index - 1] : ' ';
        var after = m.Index + m.Length < text.Length ? text[m.Index + m.Length] : ' ';
        return before is '/' or '-' && m.Index > 1 && char.IsLetterOrDigit(text[m.Index - 2]) || after == '/' && !m.Groups["suffix"].Success;
    }

    [GeneratedRegex(@"resolution|résolution|قرار|القرار|قراري|قرارات|القرارات|décision|decision", RegexOptions.IgnoreCase)]
    private static partial Regex ResolutionWord();

    [GeneratedRegex(@"(?:resolutions?|résolutions?|قرار|القرار|قراري|قرارات|القرارات|decisions?|décisions?|Nos?\.|nos|n°|رقم|,|،|and|et|و)\s*(?:No\.?|Nos\.?|n°|رقم)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ResolutionWordBefore();

    [GeneratedRegex(@"(?<![\d/])(?<n>\d{1,4})\s*\(\s*(?<y>(?:19|20)\d\d)\s*\)")]
    private static partial Regex YearForm();

    [GeneratedRegex(@"(?<![\d/])(?<n>\d{1,4})\s*(?:[A-F]\s*)?\(\s*(?<s>[IVXL]{1,7})\s*\)")]
    private static partial Regex RomanForm();

    [GeneratedRegex(@"(?<![\d/])(?<a>\d{1,3})\s*/\s*(?<b>\d{1,4})(?![\d/])(?:\s*[-–]\s*(?<suffix>INF|POL|PAL|P|C|E|LEG|MM|AF|S&T|ICHAD|ST|DA|EC|CS|ORG|IS|إع|س|أف|م\s?ق|ق|ث|إق|ش\s?ق)(?![\p{L}]))?", RegexOptions.IgnoreCase)]
    private static partial Regex Pair();
}
