using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Model;

/// <summary>
/// The short forms by which users and drafters name a resolution, derived from its key: what makes "242",
/// "resolution 2231" or "58/85" resolve where only one body has that number. Pure.
/// </summary>
public static partial class ResolutionKeys
{
    /// <summary>"S/RES/242 (1967)" → "242", "242 (1967)"; "A/RES/58/85" → "58/85"; "A/RES/3236 (XXIX)" → "3236", "3236 (XXIX)";
    /// "LAS/SUM/365 (19)" → "365", "365 (19)"; "8/41 (IS)" → "8/41"; "38/4" → none beyond itself.</summary>
    public static IEnumerable<string> ShortForms(string key)
    {
        if (NumberWithQualifier().Match(key) is { Success: true } numbered)
        {
            yield return numbered.Groups["n"].Value;
            yield return $"{numbered.Groups["n"].Value} ({numbered.Groups["q"].Value})";
        }
        else if (GeneralAssembly().Match(key) is { Success: true } ga)
            yield return $"{ga.Groups["s"].Value}/{ga.Groups["n"].Value}";
        else if (Summit().Match(key) is { Success: true } summit)
            yield return summit.Groups["pair"].Value;
    }

    /// <summary>"S/RES" (Security Council), "A/RES" (General Assembly and other UN organs), "LAS" or "OIC": the body a key belongs to.</summary>
    public static string BodyOf(string key) =>
        key.StartsWith("S/RES/", StringComparison.Ordinal) ? "S/RES"
        : key.StartsWith("A/", StringComparison.Ordinal) || key.StartsWith("E/", StringComparison.Ordinal) ? "A/RES"
        : key.StartsWith("LAS/", StringComparison.Ordinal) ? "LAS"
        : "OIC";

    /// <summary>
    /// The forms under which a citation printed in a paragraph can be looked up: a pair "37/3" in both orders (which
    /// number is the session is not known from the citing text), keys as they are, and the short forms of keys.
    /// </summary>
    public static IEnumerable<string> CiteForms(string cite)
    {
        yield return cite;
        if (Pair().Match(cite) is { Success: true } pair)
            yield return $"{pair.Groups["b"].Value}/{pair.Groups["a"].Value}";
        foreach (var form in ShortForms(cite))
            yield return form;
    }

    [GeneratedRegex(@"^(?:S/RES|A/RES|LAS/(?:SUM|MIN))/(?<n>\d+)\s*\((?<q>[^)]+)\)$")]
    private static partial Regex NumberWithQualifier();

    [GeneratedRegex(@"^A/RES/(?<s>\d+)/(?<n>\d+)$")]
    private static partial Regex GeneralAssembly();

    [GeneratedRegex(@"^(?<pair>\d+/\d+) \(IS\)$")]
    private static partial Regex Summit();

    [GeneratedRegex(@"^(?<a>\d+)/(?<b>\d+)$")]
    private static partial Regex Pair();
}
