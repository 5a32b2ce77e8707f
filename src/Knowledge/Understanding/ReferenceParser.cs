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

        foreach (Match m in OrdinalResolution().Matches(text))
        {
            var word = (m.Groups["ord"].Success ? m.Groups["ord"].Value : m.Groups["ord2"].Value).ToLowerInvariant();
            if (ResolutionOrdinals.TryGetValue(word, out var n))
                found.Add(new ResolutionReference(n, null, null, m.Value.Trim()) { Ordinal = true, Body = body });
        }
        text = OrdinalResolution().Replace(text, " ");

        foreach (Match m in DashedPair().Matches(text))
            found.Add(new ResolutionReference(int.Parse(m.Groups["a"].Value), int.Parse(m.Groups["b"].Value), SessionFirst: null, m.Value.Trim()) { Body = body });
        text = DashedPair().Replace(text, " ");

        foreach (Match m in NumberAlone().Matches(text))
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

        foreach (Match m in OfSession().Matches(text))
            found.Add(new ResolutionReference(int.Parse(m.Groups["number"].Value), int.Parse(m.Groups["session"].Value), SessionFirst: false, m.Value));

        foreach (Match m in Pair().Matches(text))
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
        if (SecurityCouncil().IsMatch(question))
            return "S/RES";
        if (GeneralAssembly().IsMatch(question))
            return "A/RES";
        if (ArabLeague().IsMatch(question))
            return "LAS";
        if (Oic().IsMatch(question))
            return "OIC";
        return null;
    }

    private static string? BodyOfWord(string reference) =>
        reference.Contains("مجلس الأمن") ? "S/RES"
        : reference.Contains("القمة") || reference.Contains("الجامعة") ? "LAS"
        : reference.Contains("الجمعية العامة") ? "A/RES"
        : null;

    /// <summary>
    /// Paragraph keys as the corpus writes them ("6", "E.3", "PP2", "2(a)", "2(b)(ii)"), and selectors the answer
    /// resolves against the resolution: <see cref="ParagraphSelectors"/> ("#last", "#n:2", "#preamble").
    /// </summary>
    public static IReadOnlyList<string> FindParagraphs(string question)
    {
        var text = TextNormalizer.ToAsciiDigits(question);
        var keys = new List<string>();
        void Add(string key)
        {
            if (!keys.Contains(key))
                keys.Add(key);
        }

        // "l'alinéa 2 du préambule", "paragraph 2 of the preamble", "الفقرة الثانية من الديباجة": the preamble's own
        // numbering, PP2, not operative paragraph 2.
        foreach (Match m in OfPreamble().Matches(text))
        {
            var position = m.Groups["number"].Value is { Length: > 0 } digits && char.IsAsciiDigit(digits[0]) ? int.Parse(digits)
                : NumberWords.TryGetValue(m.Groups["number"].Value, out var spelled) ? spelled
                : Ordinals.GetValueOrDefault(m.Groups["number"].Value);
            if (position > 0)
                Add("PP" + position);
        }
        text = OfPreamble().Replace(text, " ");

        foreach (Match m in Paragraph().Matches(text))
        {
            var number = NumberWords.TryGetValue(m.Groups["number"].Value, out var spelled) ? spelled.ToString() : m.Groups["number"].Value;
            var key = m.Groups["section"].Success ? $"{m.Groups["section"].Value.ToUpperInvariant()}.{number}" : number;
            Add(key + SubItems(m.Groups["sub"].Value));
        }
        foreach (Match m in Preambular().Matches(text))
            Add("PP" + m.Groups[1].Value);
        foreach (Match m in SectionNumber().Matches(text))
            Add($"{m.Groups[1].Value.ToUpperInvariant()}.{m.Groups[2].Value}");
        foreach (Match m in ArabicSectionNumber().Matches(text))
        {
            if (SectionLetters.ToLatin(m.Groups[1].Value) is { } letter)
                Add($"{letter}.{m.Groups[2].Value}");
        }
        foreach (Match m in OrdinalParagraph().Matches(text))
        {
            var ordinal = m.Groups["ord"].Value.ToLowerInvariant();
            Add(Ordinals.TryGetValue(ordinal, out var position) ? ParagraphSelectors.Position(position) : ParagraphSelectors.Last);
        }
        if (keys.Count == 0 && Preamble().IsMatch(text))
            Add(ParagraphSelectors.Preamble);
        if (keys.Count == 0 && FindSection(text) is { } section)
            Add(ParagraphSelectors.Section(section));
        return keys;
    }

    /// <summary>" (b) (ii)" → "(b)(ii)"; Arabic letters in abjad order ("(ب)" → "(b)").</summary>
    private static string SubItems(string printed)
    {
        if (printed.Length == 0)
            return "";
        var letters = SubItemLetter().Matches(printed).Select(m => m.Groups[1].Value).Select(l =>
            SubItemLabel.TryRead($"({l}) x", out var latin, out _, out _) ? latin : l.ToLowerInvariant());
        return string.Concat(letters.Select(l => $"({l})"));
    }

    private static readonly Dictionary<string, int> ResolutionOrdinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["première"] = 1, ["premiere"] = 1, ["deuxième"] = 2, ["seconde"] = 2, ["troisième"] = 3, ["quatrième"] = 4, ["cinquième"] = 5, ["sixième"] = 6,
        ["الأول"] = 1, ["الاول"] = 1, ["الثاني"] = 2, ["الثالث"] = 3, ["الرابع"] = 4, ["الخامس"] = 5, ["السادس"] = 6,
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["un"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
        ["onze"] = 11, ["douze"] = 12,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
        ["premier"] = 1, ["deuxième"] = 2, ["second"] = 2, ["troisième"] = 3, ["quatrième"] = 4, ["cinquième"] = 5, ["sixième"] = 6,
        ["septième"] = 7, ["huitième"] = 8, ["neuvième"] = 9, ["dixième"] = 10,
        ["الأولى"] = 1, ["الاولى"] = 1, ["الثانية"] = 2, ["الثالثة"] = 3, ["الرابعة"] = 4, ["الخامسة"] = 5, ["السادسة"] = 6,
        ["السابعة"] = 7, ["الثامنة"] = 8, ["التاسعة"] = 9, ["العاشرة"] = 10,
    };

    /// <summary>A lettered section named apart from its paragraph: "section E", "البند (هـ)", "partie E" → "E".</summary>
    public static string? FindSection(string question)
    {
        var match = Section().Match(question);
        return match.Success ? SectionLetters.ToLatin(match.Groups[1].Value) : null;
    }

    /// <summary>The question without its paragraph references ("paragraph 2 (b)", "E.3", "PP2"), resolutions left in.</summary>
    public static string WithoutParagraphs(string question)
    {
        var text = TextNormalizer.ToAsciiDigits(question);
        text = OfPreamble().Replace(text, " ");
        text = Paragraph().Replace(text, " ");
        text = Preambular().Replace(text, " ");
        text = ArabicSectionNumber().Replace(text, " ");
        return SectionNumber().Replace(text, " ");
    }

    /// <summary>The question without its references, for topic search ("what does 38/4 say about training" → "what does say about training").</summary>
    public static string WithoutReferences(string question)
    {
        var text = TextNormalizer.ToAsciiDigits(question);
        text = ResolutionSymbols.Remove(text);
        text = OrdinalResolution().Replace(text, " ");
        text = DashedPair().Replace(text, " ");
        text = NumberAlone().Replace(text, " ");
        text = NumberWithYear().Replace(text, " ");
        text = OfSession().Replace(text, " ");
        text = Pair().Replace(text, " ");
        text = OfPreamble().Replace(text, " ");
        text = Paragraph().Replace(text, " ");
        text = Preambular().Replace(text, " ");
        text = Section().Replace(text, " ");
        text = OrdinalParagraph().Replace(text, " ");
        text = ArabicSectionNumber().Replace(text, " ");
        // The body a question names says whose resolutions to read, not what they are about.
        text = SecurityCouncil().Replace(text, " ");
        text = GeneralAssembly().Replace(text, " ");
        text = ArabLeague().Replace(text, " ");
        return SectionNumber().Replace(text, " ");
    }

    /// <summary>"OIC/CFM-38/2011/…" is a document symbol, not a resolution reference.</summary>
    private static bool IsInsideSymbol(string text, Match m) =>
        (m.Index > 0 && text[m.Index - 1] is '/' or '-' && char.IsLetterOrDigit(text[Math.Max(0, m.Index - 2)]))
        || (m.Index + m.Length < text.Length && text[m.Index + m.Length] == '/');


    /// <summary>"resolution 242", "res. 3236", "القرار 242", "قرار مجلس الأمن 338", "la résolution 338", "قرار القمة 365", "resolution 2231 (2015)".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:resolution|résolution|res\.|rés\.|r[ée]s|decision|décision|(?:ال)?قرار(?:\s+(?:مجلس\s+الأمن|الجمعية\s+العامة|القمة(?:\s+العربية)?|مجلس\s+الجامعة))?)\s*(?:No\.?|N°|n°|number|numéro|رقم)?\s*(?<n>\d{1,4})(?:\s*\(\s*(?<q>(?:19|20)\d\d|[IVXL]{1,7})\s*\))?(?![\d/]|\s*/\s*\d|\s+(?:of|at|from|de|à|من|في)\s+(?:the|la|الدورة)?\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberAlone();

    /// <summary>"the fourth resolution", "la quatrième résolution", "القرار الرابع": a resolution by its place in its document.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:the\s+(?<ord>first|second|third|fourth|fifth|sixth)\s+resolution|la\s+(?<ord>première|premiere|deuxième|seconde|troisième|quatrième|cinquième|sixième)\s+résolution|(?:ال)?قرار\s+(?<ord2>الأول|الاول|الثاني|الثالث|الرابع|الخامس|السادس))(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalResolution();

    /// <summary>"res. 38-4", "resolution 38.4": a pair written with a dash or a dot after the word "resolution".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:resolution|résolution|res\.?|rés\.?|(?:ال)?قرار)\s*(?:No\.?|N°|n°|رقم)?\s*(?<a>\d{1,3})\s*[-–.]\s*(?<b>\d{1,3})(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex DashedPair();

    /// <summary>"242 (1967)", "3236 (XXIX)" without the word "resolution".</summary>
    [GeneratedRegex(@"(?<![\d/])(?<n>\d{1,4})\s*\(\s*(?<q>(?:19|20)\d\d|[IVXL]{1,7})\s*\)")]
    private static partial Regex NumberWithYear();

    [GeneratedRegex(@"Security\s+Council|Conseil\s+de\s+s[ée]curit[ée]|مجلس\s+الأمن|\bSC\b|\bUNSC\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecurityCouncil();

    [GeneratedRegex(@"General\s+Assembly|Assembl[ée]e\s+g[ée]n[ée]rale|الجمعية\s+العامة|\bUNGA\b", RegexOptions.IgnoreCase)]
    private static partial Regex GeneralAssembly();

    /// <summary>The Arab League and its summits: a summit that is neither the Islamic one nor a world summit (the World
    /// Summit on the Information Society, « Sommet mondial », "القمة العالمية") is the League's.</summary>
    [GeneratedRegex(@"Arab\s+League|League\s+of\s+Arab\s+States|(?<!(?:Islamic|OIC|World)\s)\bsummit\b(?!\s+of\s+the\s+OIC)|Ligue\s+(?:des\s+[ÉE]tats\s+)?arabes?|\bsommet\b(?!\s+(?:islamique|mondial))|جامعة\s+الدول\s+العربية|الجامعة\s+العربية|مجلس\s+الجامعة|(?<!مؤتمر\s)(?:ال)?قمة(?!\s+(?:ال)?(?:إسلامي|عالمي))(?:\s+العربية)?", RegexOptions.IgnoreCase)]
    private static partial Regex ArabLeague();

    [GeneratedRegex(@"\bOIC\b|\bOCI\b|منظمة\s+(?:التعاون|المؤتمر)\s+الإسلامي|Islamic\s+(?:Cooperation|Conference)|coopération\s+islamique", RegexOptions.IgnoreCase)]
    private static partial Regex Oic();

    [GeneratedRegex(@"(?<!\d)(\d{1,5})\s*/\s*(\d{1,5})(?!\d)(?:\s*[-–]\s*(?:INF|إع|[A-Z]{1,5})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Pair();

    [GeneratedRegex(@"(?:resolution|résolution|القرار|قرار)\s*(?:No\.?|N°|n°|رقم)?\s*(?<number>\d{1,3})\s+(?:of|at|from|adopted (?:at|by)|de|à|adoptée à|من|في)\s+(?:the|la|الدورة)?\s*(?<session>\d{1,3})(?!\d)(?:st|nd|rd|th|e|ème|ᵉ)?(?:\s+(?:session|CFM))?", RegexOptions.IgnoreCase)]
    private static partial Regex OfSession();

    [GeneratedRegex(@"(?<!\p{L})(?:operative\s+paragraph|sub-?paragraph|paragraphe|paragraph|alin[ée]a|para\.?|op\.?|OP|§|¶|الفقرة|فقرة|البند\s+الفرعي)\s*(?:No\.?|n°|رقم)?\s*(?:(?<section>[A-Ea-e])\s*[.\-]?\s*)?(?<number>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze)(?![\d/])(?<sub>(?:\s*\(?\s*(?:[a-z]|[ivx]{1,4}|هـ|[\u0621-\u064A])\s*\))*)", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\(?\s*([a-z]|[ivx]{1,4}|هـ|[\u0621-\u064A])\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex SubItemLetter();

    /// <summary>"(ج) ٢": a lettered section printed before the paragraph number, as Arabic users type it.</summary>
    [GeneratedRegex(@"\(\s*(هـ|[\u0621-\u064A])\s*\)\s*(\d{1,2})(?!\d)")]
    private static partial Regex ArabicSectionNumber();

    [GeneratedRegex(@"(?<!\p{L})(?:(?:the\s+)?(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+(?:operative\s+)?paragraph|(?:le\s+|du\s+)?(?<ord>premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|dernier)\s+paragraphe|paragraphe\s+(?<ord>premier|dernier)|(?:ال)?فقرة\s+(?<ord>الأولى|الاولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة|الأخيرة|الاخيرة))(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalParagraph();

    [GeneratedRegex(@"(?<!\p{L})(?:preamble|pr[ée]ambule|الديباجة|ديباجة)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Preamble();

    [GeneratedRegex(@"(?<!\p{L})(?:section|part|partie|البند|القسم|الجزء)\s*\(?\s*(هـ|[\u0621-\u064A]|[A-Ea-e])\s*\)?(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Section();

    /// <summary>A paragraph counted within the preamble: "paragraph 2 of the preamble", "the second preambular paragraph",
    /// "l'alinéa 2 du préambule", "le deuxième alinéa du préambule", "الفقرة 2 من الديباجة", "الفقرة الثانية من الديباجة".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:(?:the\s+)?(?<number>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+preambular\s+paragraph|(?:le\s+|l['’])?(?<number>premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)\s+(?:alinéa|alinea|paragraphe)\s+du\s+préambule|(?:paragraph|para\.?|alin[ée]a|paragraphe|(?:ال)?فقرة)\s*(?:No\.?|n°|رقم)?\s*(?<number>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|الأولى|الاولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة)\s+(?:of\s+the\s+preamble|in\s+the\s+preamble|du\s+préambule|de\s+la\s+préambule|من\s+الديباجة|في\s+الديباجة))(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex OfPreamble();

    [GeneratedRegex(@"\b(?:PP|preambular\s+paragraph|paragraphe\s+du\s+préambule)\s*(\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Preambular();

    /// <summary>A bare "E.3" or "C.2": a lettered section and a number.</summary>
    [GeneratedRegex(@"(?<![\w.])([A-Ea-e])\.(\d{1,2})(?![\w.])")]
    private static partial Regex SectionNumber();
}
