using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// Spelled-out ordinals up to 99, as sessions are printed: "Thirty-eighth", "trente-huitième", "الثامنة والثلاثين",
/// "التاسعة عشرة". Pure.
/// </summary>
public static partial class OrdinalWords
{
    private static readonly Dictionary<string, int> EnglishUnits = new(SpellingVariants.Comparer)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
    };

    private static readonly Dictionary<string, int> EnglishTens = new(SpellingVariants.Comparer)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> FrenchUnits = new(SpellingVariants.Comparer)
    {
        ["premier"] = 1, ["première"] = 1, ["unième"] = 1, ["deuxième"] = 2, ["troisième"] = 3, ["quatrième"] = 4,
        ["cinquième"] = 5, ["sixième"] = 6, ["septième"] = 7, ["huitième"] = 8, ["neuvième"] = 9, ["dixième"] = 10,
        ["onzième"] = 11, ["douzième"] = 12, ["treizième"] = 13, ["quatorzième"] = 14, ["quinzième"] = 15, ["seizième"] = 16,
        ["vingtième"] = 20, ["trentième"] = 30, ["quarantième"] = 40, ["cinquantième"] = 50, ["soixantième"] = 60,
    };

    private static readonly Dictionary<string, int> FrenchTens = new(SpellingVariants.Comparer)
    {
        ["dix"] = 10, ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60,
    };

    /// <summary>Arabic ordinal units in both genders ("الثامن" / "الثامنة"), with and without the article.</summary>
    private static readonly (string[] Forms, int Value)[] ArabicUnits =
    [
        (["الأول", "الاول", "الأولى", "الاولى", "الحادي", "الحادية"], 1), (["الثاني", "الثانية"], 2), (["الثالث", "الثالثة"], 3),
        (["الرابع", "الرابعة"], 4), (["الخامس", "الخامسة"], 5), (["السادس", "السادسة"], 6), (["السابع", "السابعة"], 7),
        (["الثامن", "الثامنة"], 8), (["التاسع", "التاسعة"], 9), (["العاشر", "العاشرة"], 10),
    ];

    private static readonly (string Form, int Value)[] ArabicTens =
    [
        ("العشرين", 20), ("الثلاثين", 30), ("الأربعين", 40), ("الاربعين", 40), ("الخمسين", 50), ("الستين", 60), ("السبعين", 70), ("الثمانين", 80), ("التسعين", 90),
        ("العشرون", 20), ("الثلاثون", 30), ("الأربعون", 40), ("الاربعون", 40), ("الخمسون", 50), ("الستون", 60), ("السبعون", 70), ("الثمانون", 80), ("التسعون", 90),
    ];

    /// <summary>Every one-word ordinal the tables hold, English, French and Arabic, with its value: "seventh" → 7, "الأولى" → 1.</summary>
    public static IEnumerable<(string Word, int Value)> UnitWords =>
        EnglishUnits.Concat(FrenchUnits).Select(u => (u.Key, u.Value))
            .Concat(ArabicUnits.SelectMany(u => u.Forms.Select(form => (form, u.Value))));

    /// <summary>The session a chapeau or title states: "at its Thirty-eighth Session", "dans sa trente-huitième session",
    /// "في دورته الثامنة والثلاثين", "الدورة العادية (19)", "39th session"; null when none.</summary>
    public static int? FindSession(string text)
    {
        if (SessionInDigits.Match(text) is { Success: true } digits)
            return int.Parse(digits.Groups["n"].Success && digits.Groups["n"].Length > 0 ? digits.Groups["n"].Value : digits.Groups["m"].Value);
        if (EnglishSession().Match(text) is { Success: true } en && English(en.Groups[1].Value) is { } e)
            return e;
        if (FrenchSession.Match(text) is { Success: true } fr && French(fr.Groups[1].Value) is { } f)
            return f;
        if (ArabicSession.Match(text) is { Success: true } ar && Arabic(ar.Groups[1].Value) is { } a)
            return a;
        return null;
    }

    public static int? English(string words)
    {
        var parts = words.ToLowerInvariant().Split('-', ' ');
        if (parts.Length == 1)
            return EnglishUnits.TryGetValue(parts[0], out var unit) ? unit : null;
        return parts.Length == 2 && EnglishTens.TryGetValue(parts[0], out var tens) && EnglishUnits.TryGetValue(parts[1], out var u) && u < 10 ? tens + u : null;
    }

    public static int? French(string words)
    {
        var parts = words.ToLowerInvariant().Replace(" et ", "-").Split('-', ' ');
        if (parts.Length == 1)
            return FrenchUnits.TryGetValue(parts[0], out var unit) ? unit : null;
        if (parts.Length == 2 && FrenchTens.TryGetValue(parts[0], out var tens))
        {
            if (parts[1] == "unième")
                return tens + 1;
            if (FrenchUnits.TryGetValue(parts[1], out var u) && u < 10)
                return tens + u;
            // "dix-septième", "soixante-dixième"
            if (tens == 10 && FrenchUnits.TryGetValue(parts[1], out var v))
                return 10 + v;
        }
        return null;
    }

    public static int? Arabic(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? unit = null;
        var tens = 0;
        foreach (var raw in parts)
        {
            var word = raw.StartsWith('و') && raw.Length > 3 ? raw[1..] : raw;
            if (SpellingVariants.Fold(word) is "عشر" or "عشره")
            {
                tens = 10;
                continue;
            }
            if (ArabicTens.FirstOrDefault(t => SpellingVariants.Comparer.Equals(t.Form, word)) is { Form: not null } t)
            {
                tens = t.Value;
                continue;
            }
            if (unit is null && ArabicUnits.FirstOrDefault(u => u.Forms.Contains(word, SpellingVariants.Comparer)) is { Forms: not null } u)
                unit = u.Value;
        }
        if (unit is null)
            return tens > 0 ? tens : null;
        return tens == 10 && unit == 10 ? 10 : unit.Value + (tens == 0 || unit == 10 ? 0 : tens);
    }

    private static readonly Regex SessionInDigits = SpellingVariants.Regex(@"(?:(?<n>\d{1,3})(?:st|nd|rd|th|e|ème|ᵉ)\s+(?:[Oo]rdinary\s+|[Ee]xtraordinary\s+)?(?:session|Session|session\s+ordinaire)|(?:الدورة|دورته|دورتها|دورة)\s+(?:العادية|غير\s+العادية|الاستثنائية)?\s*(?:رقم\s*)?\(\s*(?<m>\d{1,3})\s*\)|(?:Ordinary|Extraordinary|ordinaire|extraordinaire)\s+(?:Session|session)\s*\(\s*(?<m>\d{1,3})\s*\)|(?:Session|session)\s+(?:ordinaire|extraordinaire|ordinary|extraordinary)\s*\(\s*(?<m>\d{1,3})\s*\))");

    [GeneratedRegex(@"\b((?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-)?[A-Z]?[a-z]+(?:th|st|nd|rd))\s+(?:Ordinary\s+|Extraordinary\s+)?Session\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSession();

    private static readonly Regex FrenchSession = SpellingVariants.Regex(@"\b((?:(?:dix|vingt|trente|quarante|cinquante|soixante)(?:-|\s+et\s+))?[a-zéè]+(?:ième|unième|premier|première))\s+session\b", RegexOptions.IgnoreCase);

    private static readonly Regex ArabicSession = SpellingVariants.Regex(@"(?:الدورة|دورته|دورتها|دورة|للدورة|بالدورة|القمة\s+العربية|المؤتمر\s+الإسلامي|لمؤتمر\s+القمة\s+الإسلامي|مؤتمر\s+القمة\s+الإسلامي)\s+(?:العادية\s+|غير\s+العادية\s+|الاستثنائية\s+)?((?:ال\S+)(?:\s+(?:و?ال\S+|عشرة|عشر))?(?:\s+(?:و?ال\S+))?)");
}
