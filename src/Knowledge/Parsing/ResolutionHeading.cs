using System.Text.RegularExpressions;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// Resolution headings in the three languages. OIC Arabic prints session/number ("قرار رقم 38/4-إع");
/// OIC English and French print number/session ("RESOLUTION No. 4/38-INF"); the UN prints session/number everywhere,
/// with the title on the heading line ("60/1. 2005 World Summit Outcome").
/// </summary>
public static partial class ResolutionHeading
{
    public static bool IsHeading(string cleanLine) =>
        Arabic().IsMatch(cleanLine) || English().IsMatch(cleanLine) || French().IsMatch(cleanLine);

    /// <summary>Reads a heading into its key ("38/4"), suffix ("إع", "INF") and, for UN headings, the title on the same line.</summary>
    public static bool TryRead(string cleanLine, string body, out string key, out string suffix, out string? inlineTitle)
    {
        inlineTitle = null;
        if (body.Equals("UN", StringComparison.OrdinalIgnoreCase) && UnitedNations().Match(cleanLine) is { Success: true } un)
        {
            key = $"{int.Parse(un.Groups[1].Value)}/{int.Parse(un.Groups[2].Value)}";
            suffix = "";
            inlineTitle = un.Groups[3].Value.Trim();
            return true;
        }

        var arabic = Arabic().Match(cleanLine);
        var match = arabic.Success ? arabic : English().Match(cleanLine) is { Success: true } en ? en : French().Match(cleanLine);
        key = suffix = "";
        if (!match.Success)
            return false;

        var first = int.Parse(match.Groups[1].Value);
        var second = int.Parse(match.Groups[2].Value);
        var sessionFirst = arabic.Success || body.Equals("UN", StringComparison.OrdinalIgnoreCase);
        key = sessionFirst ? $"{first}/{second}" : $"{second}/{first}";
        suffix = match.Groups[3].Value.Trim('-', '–', ' ');
        return true;
    }

    /// <summary>The line after a heading that only says "concerning": بشأن / ON / SUR / CONCERNANT.</summary>
    public static bool IsConcerningLine(string cleanLine) => Concerning().IsMatch(cleanLine);

    [GeneratedRegex(@"^قرار\s+رقم\s*(\d+)\s*/\s*(\d+)\s*(?:[-–]\s*(\S+))?$")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^RESOLUTION\s+No\.?\s*(\d+)\s*/\s*(\d+)\s*(?:[-–]\s*(\S+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"^R[ÉE]SOLUTION\s+N\s*[°ºo]\.?\s*(\d+)\s*/\s*(\d+)\s*(?:[-–]\s*(\S+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex French();

    [GeneratedRegex(@"^(\d{1,3})/(\d{1,3})\s*[.\-–]\s+(\S.*)$")]
    private static partial Regex UnitedNations();

    [GeneratedRegex(@"^(?:بشأن|حول|ON|CONCERNING|ON THE|SUR|CONCERNANT|RELATIVE À|RELATIF À)$", RegexOptions.IgnoreCase)]
    private static partial Regex Concerning();
}
