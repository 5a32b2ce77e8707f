using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// What a document says about itself in its first lines and chapeau: symbol, body, session, place and dates, in
/// every printed form. Pure; every finder returns null when the text does not say.
/// </summary>
public static partial class DocumentMetadata
{
    /// <summary>
    /// The document symbol. A resolution symbol (…/RES/…) wins over others; a committee report's symbol
    /// ("[on the report of the Sixth Committee (A/58/524)]") is never the resolution's.
    /// </summary>
    public static string? FindSymbol(IEnumerable<string> cleanLines)
    {
        string? other = null;
        foreach (var line in cleanLines)
        {
            if (ReportLine().IsMatch(line))
                continue;
            foreach (Match match in Symbol().Matches(line))
            {
                // The document's own symbol stands on a line of its own (or nearly); one inside a sentence or a
                // footnote is a reference to another document.
                if (line.Length > match.Length + 30)
                    continue;
                var symbol = match.Value.TrimEnd('.', ',', ';', '-');
                if (Year().Match(line, match.Index + match.Length) is { Success: true } year && symbol.StartsWith("S/RES/", StringComparison.Ordinal))
                    symbol += $" ({year.Groups[1].Value})";
                else if (Roman().Match(line, match.Index + match.Length) is { Success: true } roman && symbol.StartsWith("A/RES/", StringComparison.Ordinal))
                    symbol += $" ({roman.Groups[1].Value})";
                if (symbol.Contains("/RES", StringComparison.Ordinal))
                    return symbol;
                other ??= symbol;
            }
        }
        return other;
    }

    /// <summary>"OIC/CFM-38/…" → OIC; "A/RES/60/1", "S/RES/242 (1967)" → UN; "LAS/…" → LAS.</summary>
    public static string BodyOfSymbol(string symbol) => symbol.Split('/')[0] switch
    {
        "A" or "S" or "E" => "UN",
        var first => first.ToUpperInvariant(),
    };

    /// <summary>The body a chapeau or title names: the UN's organs, the OIC's councils, the Arab League's council.</summary>
    public static string? FindBody(IEnumerable<string> cleanLines)
    {
        foreach (var line in cleanLines)
        {
            if (UnitedNations().IsMatch(line))
                return "UN";
            if (ArabLeague().IsMatch(line))
                return "LAS";
            if (Oic().IsMatch(line))
                return "OIC";
        }
        return null;
    }

    /// <summary>The session in a symbol: "OIC/CFM-38/2011/…" → 38, "A/RES/58/85" → 58.</summary>
    public static int? SessionOfSymbol(string symbol)
    {
        if (GeneralAssemblySymbol().Match(symbol) is { Success: true } ga)
            return int.Parse(ga.Groups[1].Value);
        if (RomanSession().Match(symbol) is { Success: true } roman)
            return RomanNumeral(roman.Groups[1].Value);
        var match = SessionInSymbol().Match(symbol);
        return match.Success ? int.Parse(match.Groups[1].Value) : null;
    }

    public static string? FindPlace(IEnumerable<string> cleanLines)
    {
        foreach (var line in cleanLines)
        {
            if (PlaceLine().Match(line) is { Success: true } standalone)
                return standalone.Value.Trim(' ', '–', '-', ',', '،');
            if (PlaceInText().Match(line) is { Success: true } inText)
                return inText.Groups["place"].Value.Trim(' ', ',', '،');
        }
        return null;
    }

    /// <summary>The dates as printed, Gregorian first ("28-30 June 2011", "9 December 2003", "2007/3/29"), else Hijri ("26 رجب 1432هـ").</summary>
    public static string? FindDates(IEnumerable<string> cleanLines)
    {
        string? hijri = null;
        foreach (var line in cleanLines)
        {
            if (GregorianDates().Match(line) is { Success: true } gregorian)
                return gregorian.Value.Trim();
            if (NumericDate().Match(line) is { Success: true } numeric)
                return numeric.Value.Trim();
            if (hijri is null && HijriDates().Match(line) is { Success: true } h)
                hijri = h.Value.Trim();
        }
        return hijri;
    }

    [GeneratedRegex(@"(?<![\p{L}/])(?:(?:A/HRC/RES|A/RES|S/RES|E/RES)(?:/[A-Z0-9][A-Z0-9.\-]*)+|[A-Z]{1,6}(?:/[A-Z0-9][A-Z0-9.\-&]*){2,})")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"\G\s*\(\s*((?:19|20)\d\d)\s*\)")]
    private static partial Regex Year();

    [GeneratedRegex(@"\G\s*\(\s*([IVXL]{1,7})\s*\)")]
    private static partial Regex Roman();

    [GeneratedRegex(@"report|rapport|تقرير|\[", RegexOptions.IgnoreCase)]
    private static partial Regex ReportLine();

    /// <summary>"XXIX" → 29: General Assembly sessions before 1976 are printed in Roman numerals.</summary>
    public static int? RomanNumeral(string roman)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100 };
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            if (!values.TryGetValue(roman[i], out var value))
                return null;
            total += i + 1 < roman.Length && values.GetValueOrDefault(roman[i + 1]) > value ? -value : value;
        }
        return total > 0 ? total : null;
    }

    [GeneratedRegex(@"^A/RES/\d+\s*\(([IVXL]+)\)$")]
    private static partial Regex RomanSession();

    [GeneratedRegex(@"^A/RES/(\d{1,3})/")]
    private static partial Regex GeneralAssemblySymbol();

    [GeneratedRegex(@"-(\d{1,3})(?:/|$)")]
    private static partial Regex SessionInSymbol();

    [GeneratedRegex(@"^(?:The\s+(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council)|L'Assembl[ée]e\s+g[ée]n[ée]rale|Le\s+Conseil\s+(?:de\s+s[ée]curit[ée]|des\s+droits\s+de\s+l'homme|[ée]conomique\s+et\s+social)|إن\s+(?:الجمعية\s+العامة|مجلس\s+الأمن|مجلس\s+حقوق\s+الإنسان|المجلس\s+الاقتصادي)|(?:United\s+Nations|Nations\s+Unies|الأمم\s+المتحدة)$)", RegexOptions.IgnoreCase)]
    private static partial Regex UnitedNations();

    [GeneratedRegex(@"مجلس\s+الجامعة|جامعة\s+الدول\s+العربية|League\s+of\s+Arab\s+States|Arab\s+League|Ligue\s+des\s+[ÉE]tats\s+arabes|القمة\s+العربية|Arab\s+Summit|Sommet\s+arabe", RegexOptions.IgnoreCase)]
    private static partial Regex ArabLeague();

    [GeneratedRegex(@"Council\s+of\s+Foreign\s+Ministers|Islamic\s+(?:Conference|Summit|Cooperation)|Conseil\s+des\s+ministres\s+des\s+Affaires\s+[ée]trang[èe]res|Conf[ée]rence\s+islamique|Coop[ée]ration\s+islamique|Sommet\s+islamique|مجلس\s+وزراء\s+الخارجية|المؤتمر\s+الإسلامي|التعاون\s+الإسلامي|القمة\s+الإسلامية|\bOIC\b|\bOCI\b", RegexOptions.IgnoreCase)]
    private static partial Regex Oic();

    [GeneratedRegex(@"^[\p{L} ]+[–\-,،]\s*(?:(?:ال)?جمهورية|المملكة|دولة|سلطنة|الإمارات|Republic|Kingdom|State|Sultanate|REPUBLIC|KINGDOM|STATE|SULTANATE|République|Royaume|État|RÉPUBLIQUE|ROYAUME|ÉTAT)[\p{L} ]+$")]
    private static partial Regex PlaceLine();

    [GeneratedRegex(@"(?:\bin|\bà|\bau|\bfi|في|ب)\s*(?<place>[\p{Lu}\u0621-\u064A][\p{L}\-]+(?:\s+[\p{Lu}][\p{L}\-]+)?,?\s+(?:(?:the\s+)?(?:Republic|Kingdom|State|Sultanate|Islamic\s+Republic|Arab\s+Republic|People's\s+Republic|United\s+Arab\s+Emirates)\s+of\s+[\p{Lu}][\p{L}\-]+|(?:République|Royaume|État|Sultanat)\s+(?:du|de\s+la|de\s+l'|d'|de)\s*[\p{Lu}][\p{L}\-]+|(?:ب|بال)?(?:جمهورية|المملكة|دولة|سلطنة|الجمهورية)\s+\S+(?:\s+\S+)?))")]
    private static partial Regex PlaceInText();

    [GeneratedRegex(@"(?:\d{1,2}\s*(?:[–\-]|to|au|إلى|الى|و)\s*)?\d{1,2}(?:er)?\s+(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون\s+الثاني\s*[/(]\s*يناير\)?|شباط\s*[/(]\s*فبراير\)?|آذار\s*[/(]\s*مارس\)?|نيسان\s*[/(]\s*أبريل\)?|أيار\s*[/(]\s*مايو\)?|حزيران\s*[/(]\s*يونيو\)?|تموز\s*[/(]\s*يوليو\)?|آب\s*[/(]\s*أغسطس\)?|أيلول\s*[/(]\s*سبتمبر\)?|تشرين\s+الأول\s*[/(]\s*أكتوبر\)?|تشرين\s+الثاني\s*[/(]\s*نوفمبر\)?|كانون\s+الأول\s*[/(]\s*ديسمبر\)?|January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex GregorianDates();

    [GeneratedRegex(@"(?<![\d/])(?:\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{4})(?![\d/])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?:\d{1,2}\s*(?:[–\-]|إلى|الى|to|au)\s*)?\d{1,2}\s+(?:محرم|صفر|ربيع\s+الأول|ربيع\s+الثاني|ربيع\s+الآخر|جمادى\s+الأولى|جمادى\s+الآخرة|جمادى\s+الثانية|رجب|شعبان|رمضان|شوال|ذو\s+القعدة|ذي\s+القعدة|ذو\s+الحجة|ذي\s+الحجة|Muharram|Safar|Rabi'?\s*(?:al-)?(?:Awwal|Thani|Akhir)|Jumada\s*(?:al-)?(?:Ula|Akhira|Thani)|Rajab|Sha'?ban|Ramadan|Shawwal|Dhul?[- ]Qa'?dah|Dhul?[- ]Hijjah)\s+\d{4}\s*(?:هـ|ه|H|AH|A\.H\.)?", RegexOptions.IgnoreCase)]
    private static partial Regex HijriDates();
}
