using System.Buffers;
using System.Text.RegularExpressions;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Finds resolution and paragraph references in a question, in every form users type:
/// "38/4", "4/38", "٣٨/٤", "38/4-INF", "38/4-إع", "Resolution No. 4/38-INF", "resolution 4 of the 38th session",
/// "القرار 38/4", "la résolution 38/4"; "paragraph 6", "para 6", "OP6", "op. 6", "E.3", "الفقرة 6", "paragraphe 6".
/// Pure: which order a pair means is decided against the corpus by the caller.
/// </summary>
public static partial class ReferenceParser
{
    public static IReadOnlyList<ResolutionReference> FindResolutions(string question)
    {
        var text = TextNormalizer.ToAsciiDigits(question);
        var found = new List<ResolutionReference>();
        var body = BodyNamed(text);

        foreach (var (key, match) in ResolutionSymbols.Find(text))
            found.Add(new ResolutionReference(0, null, null, match.Value) { Symbol = key });
        text = ResolutionSymbols.Remove(text);

        foreach (Match m in OrdinalResolutions.Matches(text))
        {
            foreach (Capture ordinal in m.Groups["ord"].Captures)
            {
                if (NumberWords.Ordinal(ordinal.Value) is > 0 and var place)
                    found.Add(new ResolutionReference(place, null, null, ordinal.Value.Trim()) { Ordinal = true, Body = body });
            }
        }
        text = OrdinalResolutions.Replace(text, " ");

        foreach (Match m in OrdinalResolution.Matches(text))
        {
            var place = m.Groups["ord"].Success ? NumberWords.Ordinal(m.Groups["ord"].Value) : NumberWords.Cardinal(m.Groups["card"].Value);
            if (place is > 0)
                found.Add(new ResolutionReference(place.Value, null, null, m.Value.Trim()) { Ordinal = true, Body = body });
        }
        text = OrdinalResolution.Replace(text, " ");

        foreach (Match m in DashedPair.Matches(text))
            found.Add(new ResolutionReference(int.Parse(m.Groups["a"].Value), int.Parse(m.Groups["b"].Value), SessionFirst: null, m.Value.Trim()) { Body = body });
        text = DashedPair.Replace(text, " ");

        // "paragraphs 5-7 of 38/4" spans paragraphs; the "5-7" is no resolution.
        text = RemoveParagraphs(text);
        foreach (Match m in LoosePair().Matches(text))
            found.Add(new ResolutionReference(int.Parse(m.Groups["a"].Value), int.Parse(m.Groups["b"].Value), SessionFirst: null, m.Value.Trim()) { Body = body, Loose = true });
        text = LoosePair().Replace(text, " ");

        foreach (Match m in NumberAlone.Matches(text))
        {
            var qualifier = m.Groups["q"].Success ? m.Groups["q"].Value.ToUpperInvariant() : null;
            found.Add(new ResolutionReference(int.Parse(m.Groups["n"].Value), null, null, m.Value.Trim()) { Qualifier = qualifier, Body = body ?? BodyOfWord(m.Value) });
        }
        foreach (Match m in NumberWithYear().Matches(text))
        {
            if (found.Any(r => r.Second is null && r.First == int.Parse(m.Groups["n"].Value)))
                continue;
            found.Add(new ResolutionReference(int.Parse(m.Groups["n"].Value), null, null, m.Value.Trim()) { Qualifier = m.Groups["q"].Value.ToUpperInvariant(), Body = body });
        }

        foreach (Match m in OfSession.Matches(text))
            found.Add(new ResolutionReference(int.Parse(m.Groups["number"].Value), int.Parse(m.Groups["session"].Value), SessionFirst: false, m.Value));

        foreach (Match m in Pair.Matches(text))
        {
            if (IsInsideSymbol(text, m))
                continue;
            found.Add(new ResolutionReference(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), SessionFirst: null, m.Value.Trim()) { Body = body });
        }
        return found;
    }

    /// <summary>The body a question names: "the Security Council", "مجلس الأمن", "l'Assemblée générale", "the Arab summit", "OIC".</summary>
    public static string? BodyNamed(string question)
    {
        if (SecurityCouncil.IsMatch(question))
            return "S/RES";
        if (GeneralAssembly.IsMatch(question))
            return "A/RES";
        if (ArabLeague.IsMatch(question) || Summit.IsMatch(question))
            return "LAS";
        if (Oic.IsMatch(question))
            return "OIC";
        return null;
    }

    private static string? BodyOfWord(string reference) =>
        reference.Contains("مجلس الأمن") ? "S/RES"
        : reference.Contains("القمة") || reference.Contains("الجامعة") ? "LAS"
        : reference.Contains("الجمعية العامة") ? "A/RES"
        : null;

    /// <summary>The question without its references, for topic search ("what does 38/4 say about training" → "what does say about training").</summary>
    public static string WithoutReferences(string question)
    {
        var text = TextNormalizer.ToAsciiDigits(question);
        text = ResolutionSymbols.Remove(text);
        text = OrdinalResolutions.Replace(text, " ");
        text = OrdinalResolution.Replace(text, " ");
        text = DashedPair.Replace(text, " ");
        text = LoosePair().Replace(text, " ");
        text = NumberAlone.Replace(text, " ");
        text = NumberWithYear().Replace(text, " ");
        text = OfSession.Replace(text, " ");
        // Only what names a session by its number: "دورة السلام والتعاون والتطور" is a name, its words the topic.
        text = SessionNamed.Replace(text, m => SessionOf(m) is null ? m.Value : " ");
        // Before the pair: "38/3:9" is a key found by the pair in front of its colon.
        text = ParagraphPatterns.AfterColon.Replace(text, " ");
        text = Pair.Replace(text, " ");
        text = RemoveParagraphs(text);
        // "Across all four resolutions", "les deux résolutions", "القرارات الأربعة" count the scope, not the topic.
        text = CountedResolutions.Replace(text, " ");
        // The body a question names says whose resolutions to read, not what they are about.
        text = SecurityCouncil.Replace(text, " ");
        text = GeneralAssembly.Replace(text, " ");
        return Summit.Replace(ArabLeague.Replace(text, " "), " ");
    }

    /// <summary>
    /// The session a question names as its scope: "the 38th session", "38e session", "session 38", "الدورة 38",
    /// "للدورة الثامنة والثلاثين", "thirty-eighth session"; null when it names none, or names another body's session
    /// ("the eighth session of the Islamic Conference of Information Ministers", "الدورة الثامنة لكومياك").
    /// </summary>
    public static int? FindSession(string question) => SessionNumbers(SessionNamed, question).Select(n => (int?)n).FirstOrDefault();

    /// <summary>
    /// The sessions of every body a text names by number ("the ninth session of COMIAC", « la huitième session de la
    /// Conférence islamique des ministres de l'Information », "الدورة التاسعة للجنة"), in order, each once.
    /// </summary>
    public static IReadOnlyList<int> AllSessions(string text)
    {
        var found = new List<int>();
        foreach (var (start, length) in SessionWindows(text))
            found.AddRange(SessionNumbers(AnySessionNamed, start == 0 && length == text.Length ? text : text.Substring(start, length)));
        return found.Distinct().ToList();
    }

    /// <summary>
    /// The stretches of a text that may name a session: around each word every session name needs ("session", "CFM",
    /// "دور…"), from a word boundary <see cref="SessionWindowReach"/> characters before it to one as far after it,
    /// overlapping stretches merged. The index reads every clause's sessions at build, and the pattern run over a whole
    /// clause was the slow part; most clauses name none.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> SessionWindows(string text)
    {
        var windowStart = -1;
        var windowEnd = -1;
        for (var at = NextSessionWord(text, 0); at >= 0; at = NextSessionWord(text, at + 1))
        {
            var start = TextNormalizer.WordStart(text, Math.Max(0, at - SessionWindowReach));
            var end = TextNormalizer.WordEnd(text, Math.Min(text.Length, at + SessionWindowReach));
            if (windowEnd >= start)
            {
                windowEnd = Math.Max(windowEnd, end);
                continue;
            }
            if (windowStart >= 0)
                yield return (windowStart, windowEnd - windowStart);
            (windowStart, windowEnd) = (start, end);
        }
        if (windowStart >= 0)
            yield return (windowStart, windowEnd - windowStart);
    }

    /// <summary>How far from its key word a session's name reaches: "the Thirty-first Session", "دورته الثامنة والثلاثين (دورة …)".</summary>
    private const int SessionWindowReach = 60;

    private static int NextSessionWord(string text, int from) =>
        text.AsSpan(from).IndexOfAny(SessionWords) is var at and >= 0 ? from + at : -1;

    private static readonly SearchValues<string> SessionWords = SearchValues.Create(["session", "CFM", "دور"], StringComparison.OrdinalIgnoreCase);


    private static IEnumerable<int> SessionNumbers(Regex pattern, string text)
    {
        foreach (Match m in pattern.Matches(TextNormalizer.ToAsciiDigits(text)))
        {
            if (SessionOf(m) is { } session)
                yield return session;
        }
    }

    /// <summary>The session a match names; null when its words are no ordinal ("دورة السلام والتعاون": the session's name).</summary>
    private static int? SessionOf(Match m)
    {
        var session = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value)
            : m.Groups["en"].Success ? OrdinalWords.English(m.Groups["en"].Value)
            : m.Groups["fr"].Success ? OrdinalWords.French(m.Groups["fr"].Value)
            : OrdinalWords.Arabic(m.Groups["ar"].Value);
        return session is > 0 ? session : null;
    }

    /// <summary>"OIC/CFM-38/2011/…" is a document symbol, not a resolution reference.</summary>
    private static bool IsInsideSymbol(string text, Match m) =>
        (m.Index > 0 && text[m.Index - 1] is '/' or '-' && char.IsLetterOrDigit(text[Math.Max(0, m.Index - 2)]))
        || (m.Index + m.Length < text.Length && text[m.Index + m.Length] == '/');


    /// <summary>"resolution 242", "res. 3236", "القرار 242", "قرار مجلس الأمن 338", "la résolution 338", "قرار القمة 365", "resolution 2231 (2015)".</summary>
    private static readonly Regex NumberAlone = SpellingVariants.Regex(@"(?<!\p{L})(?:resolution|résolution|res\.|rés\.|r[ée]s|decision|décision|(?:ال)?قرار(?:\s+(?:مجلس\s+الأمن|الجمعية\s+العامة|القمة(?:\s+العربية)?|مجلس\s+الجامعة))?)\s*(?:No\.?|N°|n°|number|numéro|رقم)?\s*(?<n>\d{1,4})(?:\s*\(\s*(?<q>(?:19|20)\d\d|[IVXL]{1,7})\s*\))?(?![\d/]|\s*/\s*\d|\s+(?:of|at|from|de|à|من|في)\s+(?:the|la|الدورة)?\s*\d)", RegexOptions.IgnoreCase);

    /// <summary>
    /// A resolution by its place in its document: "the fourth resolution", "the 4th resolution", "la quatrième
    /// résolution", "la 3e résolution", "resolution one", "la résolution quatre", "القرار الرابع". A cardinal in
    /// digits ("resolution 4") is a number, read by <see cref="NumberAlone"/>.
    /// </summary>
    private static readonly Regex OrdinalResolution = SpellingVariants.Regex(
        $@"(?<!\p{{L}})(?:(?:the\s+|la\s+|l['’]\s*)(?<ord>{NumberWords.OrdinalPattern})\s+(?:resolution|résolution|res\.?|r[ée]so)(?!s)|(?:resolution|résolution)\s+(?:number\s+|numéro\s+)?(?<card>{NumberWords.CardinalWordPattern})|(?:[وفب]?ال|لل)?قرار\s+(?<ord>{NumberWords.OrdinalPattern}))(?!\p{{L}})",
        RegexOptions.IgnoreCase);

    /// <summary>
    /// Several resolutions by their places: "the first and fourth resolutions", "the first and the fourth resolution",
    /// « la première et (par) la quatrième résolution », "القرارين الأول والرابع", "القرارات الأول والثاني والرابع".
    /// </summary>
    private static readonly Regex OrdinalResolutions = SpellingVariants.Regex(
        $@"(?<!\p{{L}})(?:(?:the\s+)?(?<ord>{NumberWords.OrdinalPattern})(?:\s*,\s*(?:the\s+)?(?<ord>{NumberWords.OrdinalPattern}))*\s*,?\s+(?:and|or|&)\s+(?:the\s+)?(?<ord>{NumberWords.OrdinalPattern})\s+(?:resolutions?|res\.?)"
        + $@"|(?:la\s+|l['’]\s*)(?<ord>{NumberWords.OrdinalPattern})(?:\s+résolution)?(?:\s*,\s*(?:par\s+|de\s+)?(?:la\s+|l['’]\s*)(?<ord>{NumberWords.OrdinalPattern}))*\s*,?\s+(?:et|ou)\s+(?:par\s+|de\s+|à\s+)?(?:la\s+|l['’]\s*)?(?<ord>{NumberWords.OrdinalPattern})\s+(?:résolutions?|r[ée]sos?)"
        + $@"|(?:[وفب]?ال|لل)?قرار(?:ين|ان|ات)\s+(?<ord>{NumberWords.OrdinalPattern})(?:\s*،?\s*و\s*(?<ord>{NumberWords.OrdinalPattern}))+)(?!\p{{L}})",
        RegexOptions.IgnoreCase);

    /// <summary>
    /// "38-4", "38.3", "op 2 of 38.3": a pair with a dash or a dot and no word "resolution". Read only when the corpus
    /// holds it (<see cref="ResolutionReference.Loose"/>): a date range or a decimal is not a resolution.
    /// </summary>
    [GeneratedRegex(@"(?<![\w/.\-:])(?<a>\d{1,3})\s?[-–.](?<b>\d{1,3})(?![\w/]|[.\-–]\d|\s*%)")]
    private static partial Regex LoosePair();

    /// <summary>"res. 38-4", "resolution 38.4": a pair written with a dash or a dot after the word "resolution".</summary>
    private static readonly Regex DashedPair = SpellingVariants.Regex(@"(?<!\p{L})(?:resolution|résolution|res\.?|rés\.?|(?:ال)?قرار)\s*(?:No\.?|N°|n°|رقم)?\s*(?<a>\d{1,3})\s*[-–.]\s*(?<b>\d{1,3})(?![\d/])", RegexOptions.IgnoreCase);

    private static readonly Regex CountedResolutions = SpellingVariants.Regex(@"(?<!\p{L})(?:(?:across\s+)?(?:all\s+|both\s+|the\s+|these\s+)*(?:two|three|four|five|six|\d{1,2})\s+resolutions|(?:dans\s+)?(?:(?:toutes\s+)?(?:les|ces|des)\s+)(?:deux|trois|quatre|cinq|six|\d{1,2})\s+résolutions|(?:في\s+)?(?:جميع\s+|كل\s+)?(?:ال)?قرارات\s+(?:ال)?(?:اثنين|ثلاثة|أربعة|اربعة|أربع|اربع|خمسة|ستة)|(?:ال)?(?:ثلاثة|أربعة|اربعة|خمسة)\s+قرارات)(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>A session named in a question (<see cref="FindSession"/>), not followed by another body's name (a committee's,
    /// a conference's, the Summit's: "the eleventh session of the Islamic Summit"), nor what a
    /// report is sent to ("report to the 39th session", "إلى الدورة التاسعة والثلاثين"): that session is a topic, not a scope.
    /// Never from inside a word: « trente-neuvième » is not a ninth session.</summary>
    private static readonly Regex SessionNamed = SpellingVariants.Regex(SessionBefore + SessionOrdinal + OtherBodyAfter, RegexOptions.IgnoreCase);

    /// <summary>Not what a report is sent to ("report to the 39th session", « un rapport pour la 39e session »; "the name given to" a session is no report), never from inside a word.</summary>
    private const string SessionBefore = @"(?<![\p{L}\d\-])(?<!(?:(?<!\bgiven\s)\bto|\buntil|\bbefore|\bà|\bau|\brapports?\s+(?:\p{L}+\s+){0,3}?pour|\breports?\s+(?:\p{L}+\s+){0,3}?for|\bjusqu'à|إلى|الى|حتى)\s+(?:the\s+|la\s+|sa\s+|its\s+|next\s+|prochaine\s+)*)";

    /// <summary>"the 38th session", "session 38", "thirty-eighth session", « trente-huitième session », "الدورة 38", "الدورة الثامنة والثلاثين".</summary>
    private const string SessionOrdinal = @"(?:(?<n>\d{1,3})\s*(?:st|nd|rd|th|e|ème|eme|ᵉ)\s+(?:ordinary\s+|extraordinary\s+)?(?:session|CFM)|(?:session|CFM)\s*(?:No\.?|n°)?\s*(?<n>\d{1,3})(?![\d/])|(?<en>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s])?[a-z]+(?:th|st|nd|rd))\s+(?:session|CFM)|(?<fr>(?:(?:dix|vingt|trente|quarante|cinquante|soixante)(?:-|\s+et\s+|\s+))?[a-zéè]+(?:ième|unième|premier|première))\s+session|(?:ال|لل|بال|وال|فال)?دور(?:ة|ته|تها)\s+(?:العادية\s+)?(?:رقم\s*)?(?:ال)?\(?\s*(?<n>\d{1,3})\s*\)?(?![\d/])|(?:ال|لل|بال|وال|فال)?دور(?:ة|ته|تها)\s+(?:العادية\s+)?(?<ar>(?>ال[\u0621-\u064A]+(?:\s+(?:(?:و\s*)?ال[\u0621-\u064A]+|عشرة|عشر))?))(?![\u0621-\u064A]))";

    /// <summary>Another body's name after the session: a committee's, a conference's, the Summit's.</summary>
    private const string OtherBodyAfter = @"(?!['’]?s?\s+(?:of\s+(?:the\s+)?)?" + Quote + @"(?:Islamic\s+Conference|Islamic\s+Summit|Summit|ICIM|COMIAC|Information\s+Ministers|Ministers\s+of\s+Information|Standing\s+Committee|" + ArabicBodies + @")|\s+des\s+ministres|\s+(?:de\s+la\s+|du\s+|de\s+l['’])" + Quote + @"(?:Conférence|COMIAC|Comité|Sommet|ICIM|" + ArabicBodies + @")|\s+" + Quote + @"(?:ل|ب)?(?:" + ArabicBodies + @"))";

    /// <summary>An opening quote, as a body's name in another language is often quoted: « la session de la « كومياك » ».</summary>
    private const string Quote = @"(?:[«""“]\s*)?";

    /// <summary>Other bodies' names in Arabic, read inside questions in any language ("لوزراء الإعلام": the Information Ministers; the Council is "لمجلس وزراء").</summary>
    private const string ArabicBodies = @"كومياك|كوميالك|مؤتمر|المؤتمر|لمؤتمر|للجنة|اللجنة|لجنة|القمة|للقمة|لوزراء|وزراء";

    /// <summary>Any session named, whoever's: "the ninth session of COMIAC" as well as "the 38th session".</summary>
    private static readonly Regex AnySessionNamed = SpellingVariants.Regex(@"(?<![\p{L}\d\-])" + SessionOrdinal, RegexOptions.IgnoreCase);

    /// <summary>"242 (1967)", "3236 (XXIX)" without the word "resolution".</summary>
    [GeneratedRegex(@"(?<![\d/])(?<n>\d{1,4})\s*\(\s*(?<q>(?:19|20)\d\d|[IVXL]{1,7})\s*\)")]
    private static partial Regex NumberWithYear();

    private static readonly Regex SecurityCouncil = SpellingVariants.Regex(@"Security\s+Council|Conseil\s+de\s+s[ée]curit[ée]|مجلس\s+الأمن|\bSC\b|\bUNSC\b", RegexOptions.IgnoreCase);

    /// <summary>The UN General Assembly: not another body's ("the General Assembly of the Islamic States Broadcasting Union", "its general assembly", "the union's General Assembly", "the ISBU General Assembly", "الجمعية العامة لاتحاد …").</summary>
    private static readonly Regex GeneralAssembly = SpellingVariants.Regex(@"(?<!(?:(?<!\p{L})(?:its|their|whose|son|sa|leur)|\p{L}['’]s?|(?-i:(?<!\p{L})(?!(?:UN|UNITED|NATIONS|THE|OF|AND|WHAT|DID|DOES|DO|WAS|IS|HAS|BY|AT|IN|TO|HOW|WHY|WHEN|WHERE|WHICH|WHO)(?!\p{L}))[A-Z]{2,}))\s+)(?:General\s+Assembly|Assembl[ée]e\s+g[ée]n[ée]rale)(?!\s+(?:of|de|du|des)\s+(?>(?:the\s+|l['’]\s*|la\s+)?)(?!United\s+Nations|UN\b|Nations\s+unies|ONU\b)\p{L})|الجمعية\s+العامة(?!\s+(?:ل|لل)(?!لأمم|لامم|أمم|امم)[\u0621-\u064A])|\bUNGA\b", RegexOptions.IgnoreCase);

    /// <summary>The Arab League named as such: "Arab League", « sommet arabe », "مجلس الجامعة".</summary>
    private static readonly Regex ArabLeague = SpellingVariants.Regex(@"Arab\s+League|League\s+of\s+Arab\s+States|Arab\s+summit|Ligue\s+(?:des\s+[ÉE]tats\s+)?arabes?|sommet\s+arabe|جامعة\s+الدول\s+العربية|الجامعة\s+العربية|مجلس\s+الجامعة|(?:ال)?قمة\s+العربية", RegexOptions.IgnoreCase);

    /// <summary>A summit that is neither the Islamic one nor a world summit (the World Summit on the Information
    /// Society, « Sommet mondial », "القمة العالمية"): the League's, when the corpus holds League resolutions (see
    /// <see cref="NamesLeagueOnlyBySummit"/>).</summary>
    private static readonly Regex Summit = SpellingVariants.Regex(@"(?<!(?:Islamic|OIC|World)\s)\bsummit\b(?!\s+of\s+the\s+OIC)|\bsommet\b(?!\s+(?:islamique|mondial))|(?<!مؤتمر\s)(?:ال)?قمة(?!\s+(?:ال)?(?:إسلامي|عالمي))", RegexOptions.IgnoreCase);

    /// <summary>Whether the question names the League only by "summit", which in a corpus without League resolutions is another summit (the Islamic Summit in Dakar).</summary>
    public static bool NamesLeagueOnlyBySummit(string question) => !ArabLeague.IsMatch(question) && Summit.IsMatch(question);

    private static readonly Regex Oic = SpellingVariants.Regex(@"\bOIC\b|\bOCI\b|منظمة\s+(?:التعاون|المؤتمر)\s+الإسلامي|Islamic\s+(?:Cooperation|Conference)|coopération\s+islamique", RegexOptions.IgnoreCase);

    private static readonly Regex Pair = SpellingVariants.Regex(@"(?<!\d)(\d{1,5})\s*/\s*(\d{1,5})(?!\d)(?:\s*[-–]\s*(?:INF|إع|[A-Z]{1,5})\b)?", RegexOptions.IgnoreCase);

    private static readonly Regex OfSession = SpellingVariants.Regex(@"(?:resolution|résolution|القرار|قرار)\s*(?:No\.?|N°|n°|رقم)?\s*(?<number>\d{1,3})\s+(?:of|at|from|adopted (?:at|by)|de|à|adoptée à|من|في)\s+(?:the|la|الدورة)?\s*(?<session>\d{1,3})(?!\d)(?:st|nd|rd|th|e|ème|ᵉ)?(?:\s+(?:session|CFM))?", RegexOptions.IgnoreCase);
}
