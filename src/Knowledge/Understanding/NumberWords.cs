using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Numbers as users write them when they name a paragraph or a resolution: digits ("7"), digit ordinals ("7th", "2e",
/// "5ème", "1er"), cardinal words ("seven", "sept", "ستة") and ordinal words ("seventh", "septième", "السابعة",
/// "twenty-first"), and the words for "last". Pure; the regex alternations are built from the same tables the values
/// come from, so a word is either read everywhere or nowhere.
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Cardinals = new(SpellingVariants.Comparer)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7,
        ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15,
        // "الفقرة رقم ستة": both genders, as users write them after "رقم".
        ["واحد"] = 1, ["واحدة"] = 1, ["اثنان"] = 2, ["اثنين"] = 2, ["اثنتان"] = 2, ["اثنتين"] = 2, ["ثلاثة"] = 3, ["ثلاث"] = 3,
        ["أربعة"] = 4, ["أربع"] = 4, ["خمسة"] = 5, ["خمس"] = 5, ["ستة"] = 6, ["ست"] = 6, ["سبعة"] = 7, ["سبع"] = 7,
        ["ثمانية"] = 8, ["ثماني"] = 8, ["تسعة"] = 9, ["تسع"] = 9, ["عشرة"] = 10, ["عشر"] = 10,
    };

    private static readonly HashSet<string> OnlyInCompounds = new(SpellingVariants.Comparer) { "unième", "الحادي", "الحادية" };

    /// <summary>
    /// Ordinal words read one by one: <see cref="OrdinalWords"/>' units up to the twentieth (declared after
    /// <see cref="OnlyInCompounds"/>, which it reads), and two spellings users type that its tables, made for printed
    /// sessions, lack. Compounds ("twenty-first", "dix-septième", "الحادية عشرة") are
    /// read whole by <see cref="OrdinalPattern"/>; the words only compounds use ("unième", "الحادي") and the tens
    /// ("thirtieth") are not read alone.
    /// </summary>
    private static readonly string[] OrdinalForms =
    [
        .. OrdinalWords.UnitWords.Where(u => u.Value <= 20 && !OnlyInCompounds.Contains(u.Word)).Select(u => u.Word),
        "premiere", "seconde",
    ];

    private static readonly HashSet<string> LastForms = new(SpellingVariants.Comparer)
    {
        "last", "final", "closing", "concluding", "dernier", "dernière", "derniere", "ultime", "الأخيرة", "الاخيرة", "الأخير", "الاخير", "الختامية", "آخر", "اخر",
    };

    /// <summary>Regex alternation of the cardinal words ("seven", "sept"), without digits.</summary>
    public static string CardinalWordPattern { get; } = Alternation(Cardinals.Keys);

    /// <summary>Regex alternation of the cardinal words and of digits ("7", "seven", "sept").</summary>
    public static string CardinalPattern { get; } = @"\d{1,3}|" + CardinalWordPattern;

    /// <summary>
    /// Regex alternation of ordinals: digit ordinals ("7th", "2e", "5ème", "1er", "1re"), accentless French
    /// ("deuxieme"), Arabic compounds ("الحادية عشرة") and the words in <see cref="OrdinalForms"/>.
    /// </summary>
    public static string OrdinalPattern { get; } =
        @"\d{1,3}(?:st|nd|rd|th|ère|ere|re|er|ème|eme|e|ᵉ)(?!\p{L})|(?:vingt|dix)-(?:et-)?[a-zéè]+i[eè]me|(?:twenty|thirty)-[a-z]+(?:st|nd|rd|th)"
        + @"|(?:الحادي|الحادية|الثاني|الثانية|الثالث|الثالثة|الرابع|الرابعة|الخامس|الخامسة)\s+(?:عشر|عشرة)|[a-z]+ieme|"
        + Alternation(OrdinalForms);

    private static readonly HashSet<string> LastButOneForms = new(SpellingVariants.Comparer)
    {
        "penultimate", "second-to-last", "second to last", "second-last", "next-to-last", "next to last", "last but one",
        "2nd-to-last", "2nd to last", "2nd-last", "2nd last", "second from last", "second from the end", "one before the last", "one before last", "last-but-one",
        "avant-dernier", "avant-dernière", "avant-derniere", "avant dernier", "avant dernière",
        "قبل الأخيرة", "قبل الاخيرة", "ما قبل الأخيرة", "ما قبل الاخيرة", "قبل الأخير", "ما قبل الأخير",
    };

    /// <summary>Regex alternation of the words for "last" and "last but one".</summary>
    public static string LastPattern { get; } = Alternation(LastForms.Concat(LastButOneForms));

    public static bool IsLast(string word) => LastForms.Contains(word.Trim());

    /// <summary>"penultimate", "second-to-last", « avant-dernier », "ما قبل الأخيرة".</summary>
    public static bool IsLastButOne(string word) => LastButOneForms.Contains(System.Text.RegularExpressions.Regex.Replace(word.Trim(), @"\s+", " "));

    /// <summary>The number a cardinal or digits stand for: "7", "seven", "sept" → 7.</summary>
    public static int? Cardinal(string word)
    {
        var trimmed = word.Trim();
        if (trimmed.Length is > 0 and <= 3 && trimmed.All(char.IsAsciiDigit))
            return int.Parse(trimmed);
        return Cardinals.TryGetValue(trimmed, out var value) ? value : null;
    }

    /// <summary>The position an ordinal stands for: "7th", "2e", "seventh", "deuxieme", "السابعة", "twenty-first" → its number.</summary>
    public static int? Ordinal(string word)
    {
        var trimmed = System.Text.RegularExpressions.Regex.Replace(word.Trim(), @"\s+", " ");
        var digits = new string(trimmed.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0)
            return digits.Length < trimmed.Length ? int.Parse(digits) : null;
        var french = trimmed.Replace("ieme", "ième", StringComparison.OrdinalIgnoreCase).Replace("premiere", "première", StringComparison.OrdinalIgnoreCase);
        if (french.Equals("seconde", StringComparison.OrdinalIgnoreCase))
            return 2;
        return OrdinalWords.English(trimmed) ?? OrdinalWords.French(french)
            ?? (trimmed.Any(c => c is >= '\u0600' and <= '\u06FF') ? OrdinalWords.Arabic(trimmed) : null);
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).Select(System.Text.RegularExpressions.Regex.Escape));
}
