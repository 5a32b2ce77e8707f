using System.Text.RegularExpressions;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// Resolution headings of every body and era, read into an unambiguous key:
/// <list type="bullet">
/// <item>OIC: "قرار رقم 38/4-إع", "RESOLUTION No. 4/38-INF [ON …]", "RÉSOLUTION N° 1/34-PAL SUR …",
/// "RESOLUTION NO. 41/8-P (IS)", "قرار رقم 8 - أف/ ق. أ - 5" → "38/4", "34/1", "8/41 (IS)", "5/8 (IS)": session first;
/// which printed number is the session is decided against the document's session, else by the language's habit.</item>
/// <item>UN General Assembly: "58/85. Title", "3236 (XXIX). Title" → "A/RES/58/85", "A/RES/3236 (XXIX)".</item>
/// <item>UN Security Council: "Resolution 242 (1967)", "Résolution 338 (1973)", "قرار مجلس الأمن رقم 242 (1967)" → "S/RES/242 (1967)".</item>
/// <item>Arab League: "ق.ق: 365 د.ع (19)" → "LAS/SUM/365 (19)"; "ق: 7360 - د.ع (127) - ج2" → "LAS/MIN/7360 (127)"
/// (extraordinary sessions د.غ.ع → "(E19)"); a decision known only by its quoted title «…» is keyed by the reader.</item>
/// </list>
/// </summary>
public static partial class ResolutionHeading
{
    public static bool IsHeading(string cleanLine) => TryRead(cleanLine, new HeadingContext(null, null, Language.En), out _);

    public static bool TryRead(string cleanLine, HeadingContext context, out HeadingMatch heading)
    {
        heading = null!;
        if (cleanLine.Length is 0 or > 400)
            return false;

        if (ArabicSummit().Match(cleanLine) is { Success: true } summit)
        {
            heading = new HeadingMatch($"{summit.Groups["session"].Value}/{summit.Groups["number"].Value} (IS)", summit.Groups["suffix"].Value, null, "OIC");
            return true;
        }
        if (SecurityCouncil().Match(cleanLine) is { Success: true } sc && context.Body is not "OIC" and not "LAS")
        {
            heading = new HeadingMatch($"S/RES/{int.Parse(sc.Groups["number"].Value)} ({sc.Groups["year"].Value})", "", null, "UN");
            return true;
        }
        if (OicArabic().Match(cleanLine) is { Success: true } ar)
            return OicHeading(ar, sessionFirstByHabit: true, context, out heading);
        if (OicEnglish().Match(cleanLine) is { Success: true } en)
            return OicHeading(en, sessionFirstByHabit: false, context, out heading);
        if (OicFrench().Match(cleanLine) is { Success: true } fr)
            return OicHeading(fr, sessionFirstByHabit: false, context, out heading);

        if (context.Body is not "OIC" and not "LAS")
        {
            if (GeneralAssembly().Match(cleanLine) is { Success: true } ga && !EndsWithPageNumber(ga.Groups["title"].Value))
            {
                var (session, number) = (int.Parse(ga.Groups["session"].Value), int.Parse(ga.Groups["number"].Value));
                // "53/1." under the symbol A/HRC/RES/53/1 is the Human Rights Council's, not the General Assembly's.
                var key = context.Symbol is { } symbol && symbol.EndsWith($"/RES/{session}/{number}", StringComparison.Ordinal) ? symbol : $"A/RES/{session}/{number}";
                heading = new HeadingMatch(key, "", ga.Groups["title"].Value.Trim(), "UN");
                return true;
            }
            if (GeneralAssemblyRoman().Match(cleanLine) is { Success: true } old && !EndsWithPageNumber(old.Groups["title"].Value))
            {
                heading = new HeadingMatch($"A/RES/{int.Parse(old.Groups["number"].Value)} ({old.Groups["session"].Value.ToUpperInvariant()})", "", old.Groups["title"].Value.Trim(), "UN");
                return true;
            }
        }

        if (LeagueSummit().Match(cleanLine) is { Success: true } las)
        {
            heading = new HeadingMatch($"LAS/SUM/{int.Parse(las.Groups["number"].Value)} ({LeagueSession(las)})", "", Rest(las), "LAS");
            return true;
        }
        if (LeagueMinisterial().Match(cleanLine) is { Success: true } min)
        {
            heading = new HeadingMatch($"LAS/MIN/{int.Parse(min.Groups["number"].Value)} ({LeagueSession(min)})", "", Rest(min), "LAS");
            return true;
        }
        // English and French copies of Arab League decisions: "Res. 365 - Ord. S. (19)", "Rés. 365 - S.O. (19)".
        if (context.Body == "LAS" && LeagueLatin().Match(cleanLine) is { Success: true } latin)
        {
            heading = new HeadingMatch($"LAS/{context.LeagueLevel ?? "SUM"}/{int.Parse(latin.Groups["number"].Value)} ({LeagueSession(latin)})", "", null, "LAS");
            return true;
        }
        return false;
    }

    /// <summary>A line that is only a quoted title «…»: how web copies of Arab League decisions head each decision.</summary>
    public static bool TryReadQuotedTitle(string cleanLine, out string title)
    {
        var match = QuotedTitle().Match(cleanLine);
        title = match.Success ? match.Groups[1].Value.Trim() : "";
        return match.Success && title.Length is > 3 and < 300;
    }

    /// <summary>
    /// A line that names a resolution the way headings do but in no form this reader knows: worth a warning, since
    /// the text under it would otherwise be read as part of the resolution before it.
    /// </summary>
    public static bool LooksLikeUnknownHeading(string cleanLine) =>
        cleanLine.Length < 120 && UnknownForm().IsMatch(cleanLine) && !IsHeading(cleanLine);

    /// <summary>The line after a heading that only says "concerning": بشأن / ON / SUR / CONCERNANT.</summary>
    public static bool IsConcerningLine(string cleanLine) => Concerning().IsMatch(cleanLine);

    private static bool OicHeading(Match match, bool sessionFirstByHabit, HeadingContext context, out HeadingMatch heading)
    {
        var first = int.Parse(match.Groups["first"].Value);
        var second = int.Parse(match.Groups["second"].Value);
        // "4/15-أف" in a document of the 15th session is resolution 4: the document's session decides the order;
        // without it, Arabic prints session first and English and French number first.
        var sessionFirst = context.Session is { } session && first != second
            ? first == session || (second != session && sessionFirstByHabit)
            : sessionFirstByHabit;
        var (s, n) = sessionFirst ? (first, second) : (second, first);
        var summit = match.Groups["summit"].Success && match.Groups["summit"].Length > 0;
        var title = match.Groups["title"].Success ? match.Groups["title"].Value.Trim() : null;
        heading = new HeadingMatch(summit ? $"{s}/{n} (IS)" : $"{s}/{n}", match.Groups["suffix"].Value.Trim('-', '–', ' '), title is { Length: > 0 } ? title : null, "OIC");
        return true;
    }

    private static string LeagueSession(Match match) =>
        (match.Groups["extra"].Success && match.Groups["extra"].Length > 0 ? "E" : "") + int.Parse(match.Groups["session"].Value);

    private static string? Rest(Match match)
    {
        // "ق.ق: 365 د.ع (19) - 2007/3/29": a date after the number is not a title.
        var rest = LeadingDate().Replace(match.Groups["rest"].Value.Trim(' ', '-', '–', ':', '،', ','), "").Trim(' ', '-', '–', ':', '،', ',');
        return rest.Length > 0 ? rest : null;
    }

    [GeneratedRegex(@"^(?:ج\s*\d{1,2}\s*[-–]?\s*)?(?:\d{4}\s*/\s*\d{1,2}\s*/\s*\d{1,2}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})")]
    private static partial Regex LeadingDate();

    /// <summary>Index lines end with the page the entry is on ("58/85. Observer status … 12").</summary>
    private static bool EndsWithPageNumber(string text) => PageNumberAtEnd().IsMatch(text);

    [GeneratedRegex(@"(?:\.{3,}|…|\t)\s*\d{1,4}\s*$|\s\d{1,3}$")]
    private static partial Regex PageNumberAtEnd();

    [GeneratedRegex(@"^(?:ال)?قرار\s+(?:رقم\s*)?(?<first>\d{1,5})\s*/\s*(?<second>\d{1,5})(?:\s*[-–]\s*(?<suffix>[^\s()]+(?:\s?ق)?))?\s*(?<summit>\((?:IS|ق\.?\s?إ)\))?\s*(?:(?:بشأن|حول|في\s+شأن)\s+(?<title>.+))?$")]
    private static partial Regex OicArabic();

    /// <summary>"قرار رقم 8 - أف/ ق. أ - 5 (و.خ)": resolution 8, administrative-financial, of the fifth Islamic summit.</summary>
    [GeneratedRegex(@"^(?:ال)?قرار\s+رقم\s*(?<number>\d{1,4})\s*[-–]\s*(?<suffix>[^\s/]+)\s*/\s*ق\s*\.?\s*أ\s*\.?\s*[-–]\s*(?<session>\d{1,3})(?:\s*\(.*\))?\s*$")]
    private static partial Regex ArabicSummit();

    [GeneratedRegex(@"^RESOLUTION\s+No\s*\.?\s*(?<first>\d{1,5})\s*/\s*(?<second>\d{1,5})(?:\s*[-–]\s*(?<suffix>[A-Z&]+(?:\.[A-Z]+)?))?\s*(?<summit>\(IS\))?\s*(?:(?:ON|CONCERNING|ABOUT)\s+(?<title>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex OicEnglish();

    [GeneratedRegex(@"^R[ÉE]SOLUTION\s+N\s*[°ºo]\s*\.?\s*(?<first>\d{1,5})\s*/\s*(?<second>\d{1,5})(?:\s*[-–]\s*(?<suffix>[A-Z&]+(?:\.[A-Z]+)?))?\s*(?<summit>\((?:IS|SI)\))?\s*(?:(?:SUR|CONCERNANT|RELATIVE\s+[ÀA]|RELATIF\s+[ÀA])\s+(?<title>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex OicFrench();

    [GeneratedRegex(@"^(?:(?:Security\s+Council\s+)?Resolution|R[ée]solution(?:\s+du\s+Conseil\s+de\s+s[ée]curit[ée])?|(?:ال)?قرار(?:\s+مجلس\s+الأمن)?)\s*(?:No\.?|N°|رقم)?\s*(?<number>\d{1,4})\s*\(\s*(?<year>(?:19|20)\d\d)\s*\)(?:\s*(?:of|du|المؤرخ|الصادر|adopted|adoptée|,|-|–).*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SecurityCouncil();

    [GeneratedRegex(@"^(?<session>\d{1,3})\s*/\s*(?<number>\d{1,4})\s*[.\-–]\s+(?<title>\S.{2,})$")]
    private static partial Regex GeneralAssembly();

    [GeneratedRegex(@"^(?<number>\d{1,4})\s*\(\s*(?<session>[IVXL]{1,7}|S-[IVXL]{1,5}|ES-[IVXL]{1,5})\s*\)\s*[.\-–]\s+(?<title>\S.{2,})$")]
    private static partial Regex GeneralAssemblyRoman();

    [GeneratedRegex(@"^ق\s*\.\s*ق\s*[:.]?\s*(?<number>\d{1,5})\s*[-–]?\s*د\s*\.?\s*(?<extra>غ\s*\.?\s*)?ع\s*\.?\s*\(\s*(?<session>\d{1,3})\s*\)(?<rest>.*)$")]
    private static partial Regex LeagueSummit();

    [GeneratedRegex(@"^ق\s*[:.]\s*(?<number>\d{1,5})\s*[-–]?\s*د\s*\.?\s*(?<extra>غ\s*\.?\s*)?ع\s*\.?\s*\(\s*(?<session>\d{1,3})\s*\)(?:\s*[-–]\s*ج\s*\d{1,2})?(?<rest>.*)$")]
    private static partial Regex LeagueMinisterial();

    [GeneratedRegex(@"^(?:R[ée]s(?:olution|\.)?|D[ée]cision)\s*:?\s*(?:No\.?|N°)?\s*(?<number>\d{1,5})\s*[-–]\s*(?:(?<extra>Ext(?:r)?\.?\s*S\.?|S\.?\s*E(?:xt)?\.?|E\.?\s*S\.?)|Ord\.?\s*S\.?|S\.?\s*O\.?|O\.?\s*S\.?|Ord\.?)\s*\(\s*(?<session>\d{1,3})\s*\)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LeagueLatin();

    [GeneratedRegex(@"^[«""“]\s*([^«»""“”]+?)\s*[»""”]\s*[.:]?$")]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"^(?:RESOLUTION|R[ÉE]SOLUTION|DECISION|D[ÉE]CISION|(?:ال)?قرار)\s*(?:No\.?|N°|رقم)?\s*[\d(]", RegexOptions.IgnoreCase)]
    private static partial Regex UnknownForm();

    [GeneratedRegex(@"^(?:بشأن|حول|ON|CONCERNING|ON THE|SUR|CONCERNANT|RELATIVE À|RELATIF À)$", RegexOptions.IgnoreCase)]
    private static partial Regex Concerning();
}
