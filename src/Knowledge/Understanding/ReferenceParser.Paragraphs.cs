using System.Text.RegularExpressions;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Paragraph references, in every way users name a paragraph: by its printed number ("paragraph 6", "para seven",
/// "الفقرة ٦", "E.3", "(D)(3)", "(د) ١", "38/3:2"), by its place ("the second paragraph", "le deuxième paragraphe",
/// "الفقرة الثانية", "the first operative paragraph", "الفقرة العاملة الأولى", "the last paragraph", "the final,
/// unnumbered paragraph"), within the preamble ("the 2nd preambular paragraph", "le 2e alinéa du préambule",
/// "الفقرة الأولى من ديباجة", "PP5"), or a whole part ("the preamble", "section C", "البند (ب)").
/// </summary>
public static partial class ReferenceParser
{
    /// <summary>Which part of a resolution a paragraph reference counts in.</summary>
    private enum Part { Any, Preamble, Operative }

    /// <summary>
    /// Paragraph keys as the corpus writes them ("6", "E.3", "PP2", "2(a)", "2(b)(ii)"), and selectors the answer
    /// resolves against the resolution: <see cref="ParagraphSelectors"/> ("#last", "#n:2", "#preamble").
    /// </summary>
    public static IReadOnlyList<string> FindParagraphs(string question)
    {
        var text = TextNormalizer.ToAsciiDigits(question);
        // "paragraph 2 of section D", "the second paragraph of section D": sections number their paragraphs from 1.
        var section = FindSection(text) ?? "";
        var keys = new List<string>();
        void Add(string key)
        {
            if (!keys.Contains(key))
                keys.Add(key);
        }

        // "38/3:9", "38/1:E.2": the key written after the pair, as ResBot itself cites.
        foreach (Match m in ParagraphPatterns.AfterColon.Matches(text))
        {
            var key = CanonicalKey(m.Groups["key"].Value);
            Add(section.Length > 0 && char.IsAsciiDigit(key[0]) ? $"{section}.{key}" : key);
        }
        text = ParagraphPatterns.AfterColon.Replace(text, " ");

        // Place before the noun, as English and French write it: "the first operative paragraph", "le 2e alinéa du préambule".
        foreach (Match m in ParagraphPatterns.PlaceFirst.Matches(text))
        {
            // "le deuxième alinéa" alone may be the preamble's or a sub-paragraph: only "… du préambule" says which.
            var part = PartOf(m);
            if (part == Part.Any && m.Groups["noun"].Value.StartsWith("alin", StringComparison.OrdinalIgnoreCase))
                continue;
            if (Selector(part, Placed(m.Groups["place"].Value), Unnumbered(m), section, "") is { } selector)
                Add(selector);
        }
        text = ParagraphPatterns.PlaceFirst.Replace(text, " ");

        // The noun first, as every language can: "paragraph 6", "operative paragraph 1", "paragraphe premier",
        // "الفقرة العاملة الأولى", "الفقرة الأولى من ديباجة", "الفقرة (د) ٣".
        foreach (Match m in ParagraphPatterns.NounFirst.Matches(text))
        {
            var value = m.Groups["value"].Value;
            var place = Placed(value) ?? (NumberWords.Cardinal(value) is { } number ? Place.Numbered(number) : null);
            var letter = (m.Groups["section"].Success ? SectionLetters.ToLatin(m.Groups["section"].Value) : null) ?? section;
            if (place is not null && Selector(PartOf(m), place, Unnumbered(m), letter, SubItems(m.Groups["sub"].Value)) is { } selector)
                Add(selector);
            foreach (var listed in MoreNumbered(m, place))
            {
                if (Selector(PartOf(m), Place.Numbered(listed), Unnumbered(m), letter, "") is { } more)
                    Add(more);
            }
        }
        text = ParagraphPatterns.NounFirst.Replace(text, " ");

        foreach (Match m in ParagraphPatterns.Preambular.Matches(text))
            Add("PP" + int.Parse(m.Groups[1].Value));
        text = ParagraphPatterns.Preambular.Replace(text, " ");

        foreach (Match m in ParagraphPatterns.LetteredSectionNumber.Matches(text))
        {
            if (SectionLetters.ToLatin(m.Groups["section"].Value) is { } letter)
                Add($"{letter}.{int.Parse(m.Groups["number"].Value)}");
        }
        text = ParagraphPatterns.LetteredSectionNumber.Replace(text, " ");
        foreach (Match m in ParagraphPatterns.SectionNumber().Matches(text))
            Add($"{m.Groups["section"].Value.ToUpperInvariant()}.{int.Parse(m.Groups["number"].Value)}");

        if (keys.Count == 0 && ParagraphPatterns.Preamble.IsMatch(text))
            Add(ParagraphSelectors.Preamble);
        if (keys.Count == 0 && FindSection(text) is { } named)
            Add(ParagraphSelectors.Section(named));
        return keys;
    }

    /// <summary>A lettered section named apart from its paragraph: "section E", "البند (هـ)", "partie E" → "E".</summary>
    public static string? FindSection(string question)
    {
        var match = ParagraphPatterns.Section.Match(TextNormalizer.ToAsciiDigits(question));
        return match.Success ? SectionLetters.ToLatin(match.Groups[1].Value) : null;
    }

    /// <summary>The question without its paragraph references ("paragraph 2 (b)", "E.3", "PP2"), resolutions left in.</summary>
    public static string WithoutParagraphs(string question) => RemoveParagraphs(TextNormalizer.ToAsciiDigits(question), keepSections: true);

    /// <summary>
    /// The text without paragraph references; with <paramref name="keepSections"/>, "section C" stays. "The
    /// preamble" always stays: it says what kind of clause answers ("what does the preamble recall").
    /// </summary>
    private static string RemoveParagraphs(string text, bool keepSections = false)
    {
        text = ParagraphPatterns.AfterColon.Replace(text, " ");
        text = ParagraphPatterns.PlaceFirst.Replace(text, " ");
        text = ParagraphPatterns.NounFirst.Replace(text, " ");
        text = ParagraphPatterns.Preambular.Replace(text, " ");
        text = ParagraphPatterns.LetteredSectionNumber.Replace(text, " ");
        text = ParagraphPatterns.SectionNumber().Replace(text, " ");
        return keepSections ? text : ParagraphPatterns.Section.Replace(text, " ");
    }

    /// <summary>Where a reference points: a printed number, a place counted in order, or the last paragraph (Value: how many before it).</summary>
    private sealed record Place(int Value, bool Counted, bool IsLast)
    {
        public static readonly Place Last = new(0, true, true);

        public static readonly Place LastButOne = new(1, true, true);

        public static Place At(int position) => new(position, true, false);

        public static Place Numbered(int number) => new(number, false, false);
    }

    private static Place? Placed(string word) =>
        NumberWords.IsLast(word) ? Place.Last : NumberWords.IsLastButOne(word) ? Place.LastButOne : NumberWords.Ordinal(word) is { } position ? Place.At(position) : null;

    /// <summary>
    /// The key or selector for a reference. Within the preamble a number or place is PP n (the preamble is numbered
    /// in order). Counted among the operative paragraphs ("the second paragraph", "operative paragraph 1") it is
    /// <see cref="ParagraphSelectors.Position"/>: the paragraph printed with that number, else the one in that place.
    /// A number with no part named ("paragraph 6") is the printed key and nothing else.
    /// </summary>
    private static string? Selector(Part part, Place? place, bool unnumbered, string section, string subItems)
    {
        if (place is null || (!place.IsLast && place.Value <= 0))
            return null;
        if (place.IsLast && place.Value == 1)
            return part == Part.Preamble ? ParagraphSelectors.LastButOnePreambular : ParagraphSelectors.LastButOne;
        if (part == Part.Preamble)
            return place.IsLast ? ParagraphSelectors.LastPreambular : $"PP{place.Value}";
        if (place.IsLast)
            return section.Length > 0 ? ParagraphSelectors.LastOfSection(section) : unnumbered ? ParagraphSelectors.LastUnnumbered : ParagraphSelectors.Last;
        if (section.Length > 0)
            return $"{section}.{place.Value}{subItems}";
        if (part == Part.Operative || place.Counted)
            return subItems.Length == 0 ? ParagraphSelectors.Position(place.Value) : $"{place.Value}{subItems}";
        return $"{place.Value}{subItems}";
    }

    /// <summary>
    /// The part a reference counts in: "PP5" and "of the preamble" the preamble; "OP1", "operative paragraph 1", "du
    /// dispositif", "الفقرة العاملة" the operative part ("OP1" of a resolution numbered from 5 is its first).
    /// </summary>
    private static Part PartOf(Match m)
    {
        if (m.Groups["pp"].Success)
            return Part.Preamble;
        if (m.Groups["op"].Success)
            return Part.Operative;
        var words = string.Join(" ", m.Groups["adj"].Captures.Select(c => c.Value).Append(m.Groups["part"].Value));
        if (ParagraphPatterns.PreambleWord.IsMatch(words))
            return Part.Preamble;
        return ParagraphPatterns.OperativeWord.IsMatch(words) ? Part.Operative : Part.Any;
    }

    /// <summary>Most paragraphs a range may name: "paragraphs 5 to 500" is no reference.</summary>
    private const int MaxRange = 30;

    /// <summary>The numbers a reference lists or spans after its first ("5 and 6", "5 to 7": 6, 7), in order.</summary>
    private static IEnumerable<int> MoreNumbered(Match m, Place? first)
    {
        foreach (Capture more in m.Groups["more"].Captures)
            yield return int.Parse(more.Value);
        if (m.Groups["to"].Success && first is { Counted: false, IsLast: false } && int.Parse(m.Groups["to"].Value) is var to
            && to > first.Value && to - first.Value <= MaxRange)
        {
            var from = m.Groups["more"].Captures.Count > 0 ? int.Parse(m.Groups["more"].Captures[^1].Value) : first.Value;
            for (var n = from + 1; n <= to; n++)
                yield return n;
        }
    }

    private static bool Unnumbered(Match m) =>
        m.Groups["adj"].Captures.Any(c => c.Value.Contains("unnumbered", StringComparison.OrdinalIgnoreCase) || c.Value.Contains("non numéroté", StringComparison.OrdinalIgnoreCase) || c.Value.Contains("المرقمة"));

    /// <summary>"pp3" → "PP3", "e.2" → "E.2", "2(B)" → "2(b)".</summary>
    private static string CanonicalKey(string key)
    {
        if (key.StartsWith("OP-", StringComparison.OrdinalIgnoreCase))
            return "OP-final";
        if (key.StartsWith("pp", StringComparison.OrdinalIgnoreCase))
            return "PP" + int.Parse(key[2..]);
        if (key.Length > 1 && char.IsAsciiLetter(key[0]) && key[1] == '.')
            return $"{char.ToUpperInvariant(key[0])}.{int.Parse(key[2..])}";
        var digits = new string(key.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.Parse(digits) + SubItems(key[digits.Length..]);
    }

    /// <summary>" (b) (ii)" → "(b)(ii)"; Arabic letters in abjad order ("(ب)" → "(b)").</summary>
    private static string SubItems(string printed)
    {
        if (printed.Length == 0)
            return "";
        var letters = ParagraphPatterns.SubItemLetter.Matches(printed).Select(m => m.Groups[1].Value).Select(l =>
            SubItemLabel.TryRead($"({l}) x", out var latin, out _, out _) ? latin : l.ToLowerInvariant());
        return string.Concat(letters.Select(l => $"({l})"));
    }

    /// <summary>
    /// The patterns, built once from <see cref="NumberWords"/>' tables. Held apart so their order of initialisation
    /// does not depend on the order of the partial class's files.
    /// </summary>
    private static partial class ParagraphPatterns
    {
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

        private const string Noun = @"sub-?paragraphs?|paragraphes|paragraphe|paragraphs|paragraph|paras|para\.?|clauses|clause|(?<!agenda\s)(?:point|item)s?|alin[ée]as|alin[ée]a|§§|§|¶|(?<op>op\.?)|(?<pp>pp\.?)|(?:[وبف]?ال|لل)?(?:فقرات|فقرتين|فقرتان)|(?:[وبف]?ال|لل|[بلو])?فقرة|البند\s+الفرعي";

        /// <summary>
        /// More numbers after a paragraph's: "paragraphs 5 and 6", "paras 5, 6 & 7", « les paragraphes 5 et 6 », "الفقرتين 5
        /// و6"; or the end of a range: "paragraphs 5 to 7", « 6 à 8 », "5-7", "الفقرات 5 إلى 7".
        /// </summary>
        private const string MoreNumbers = @"(?:\s*(?:,|and|&|et|و)\s*(?:(?:the\s+)?(?:para(?:graph)?s?|paragraphes?)\s*)?(?<more>\d{1,3})(?![\d/.]))*(?:\s*(?:-|–|to|through|à|au|إلى|الى|حتى)\s*(?<to>\d{1,3})(?![\d/.]))?";

        /// <summary>
        /// Nouns that take a place before them ("the second paragraph", « le premier point »). Arabic puts ordinals
        /// after the noun, but "last" may come first: "آخر فقرة عاملة". « Le quatrième considérant » and "the fourth
        /// recital" are preambular paragraphs by their noun.
        /// </summary>
        private const string PlaceFirstNoun = @"sub-?paragraph|paragraphe|paragraph|para\.?|clause|bullet(?:[\s-]+point)?|puce|(?:point|item)(?!\s+(?:on|of)\s+the\s+agenda)|alin[ée]a|فقرة|بند|(?<pp>consid[ée]rant|recital)(?!s)";

        // « Les considérants » are the preambular paragraphs, as "whereas clauses" are in English.
        private const string PreambleNoun = @"preamble|pr[ée]ambule|consid[ée]rants|whereas\s+clauses|(?:ال)?ديباجة|ديباجته";

        private const string OfPreamble = $@"(?:(?:of|in)\s+(?:the\s+|its\s+)?(?:{PreambleNoun})|(?:du|de\s+la|dans\s+le|au)\s+(?:{PreambleNoun})|(?:من|في)\s+(?:{PreambleNoun}))";

        private const string OfOperativePart = @"(?:(?:of|in)\s+the\s+operative\s+part|du\s+dispositif|de\s+la\s+partie\s+dispositive|(?:من|في)\s+(?:ال)?منطوق)";

        /// <summary>Adjectives English puts before the noun: "the final, unnumbered paragraph", "the first operative paragraph".</summary>
        private const string AdjectiveBefore = @"operative|preambular|unnumbered|closing|concluding";

        /// <summary>Adjectives French and Arabic put after it: "paragraphe opérationnel 1", "الفقرة العاملة الأولى", "الفقرة غير المرقمة".</summary>
        private const string AdjectiveAfter = @"op[ée]rationnel|non\s+num[ée]rot[ée]|(?:ال)?عاملة|(?:ال)?تمهيدية|غير\s+المرقمة|الختامية";

        private static readonly string Value = $"{NumberWords.OrdinalPattern}|{NumberWords.CardinalPattern}|{NumberWords.LastPattern}";

        public static readonly Regex PlaceFirst = SpellingVariants.Regex(
            $@"(?<!\p{{L}})(?<place>{NumberWords.OrdinalPattern}|{NumberWords.LastPattern})(?:\s*,?\s*(?<adj>{AdjectiveBefore}))*\s+(?<noun>{PlaceFirstNoun})(?!\p{{L}})(?:\s+(?<adj>{AdjectiveAfter}))?(?:\s+(?<part>{OfPreamble}|{OfOperativePart}))?(?!\p{{L}})",
            Options);

        public static readonly Regex NounFirst = SpellingVariants.Regex(
            $@"(?<!\p{{L}})(?:(?<adj>{AdjectiveBefore})\s+)?(?:{Noun})(?:\s+(?<adj>{AdjectiveAfter}))?\s*(?:No\.?|n°|N°|number|numéro|رقم)?\s*"
            + $@"(?:(?<section>[A-E])\s*[.\-]\s*|(?<section>(?-i:[A-E]))\s*|\(\s*(?<section>هـ|[\u0621-\u064A]|[A-E])\s*\)\s*)?"
            + $@"(?<value>{Value})(?:(?<=\d)(?![\d/])|(?<=\p{{L}})(?!\p{{L}})){MoreNumbers}(?<sub>(?:\s*\(?\s*(?:[a-z]|[ivx]{{1,4}}|هـ|[\u0621-\u064A])\s*\))*)(?:\s+(?<adj>{AdjectiveAfter}))?(?:\s+(?<part>{OfPreamble}|{OfOperativePart}))?(?!\p{{L}})",
            Options);

        /// <summary>"38/3:9", "38/1:E.2", "38/4-INF:PP3": a key after a pair and a colon, as citations print it.</summary>
        public static readonly Regex AfterColon = SpellingVariants.Regex(
            @"(?<=\d{1,5}\s*/\s*\d{1,5}(?:\s*-\s*(?:INF|إع|[A-Z]{1,5}))?)\s*:\s*(?<key>PP\d{1,3}|[A-E]\.\d{1,2}|OP-final|\d{1,3}(?:\([a-z]{1,4}\))*)(?![\w.])",
            Options);

        public static readonly Regex Preambular = SpellingVariants.Regex(
            @"(?<![\p{L}\d])(?:PP\.?|preambular\s+paragraph|paragraphe\s+du\s+préambule)\s*(\d{1,3})(?!\d)", Options);

        /// <summary>"(D)(3)", "(D) 3", "(ج) ٢": a section letter in brackets before the paragraph number.</summary>
        public static readonly Regex LetteredSectionNumber = SpellingVariants.Regex(
            @"\(\s*(?<section>هـ|[\u0621-\u064A]|[A-E])\s*\)\s*\(?\s*(?<number>\d{1,2})\s*\)?(?!\d)", Options);

        /// <summary>A bare "E.3", "C.2" or, in capitals, "E3".</summary>
        [GeneratedRegex(@"(?<![\w.])(?:(?<section>[A-E])\.|(?<section>(?-i:[A-E])))(?<number>\d{1,2})(?![\w.])", Options)]
        public static partial Regex SectionNumber();

        /// <summary>The preamble by what it precedes: "before its operative paragraphs", « avant le dispositif », "قبل المنطوق".</summary>
        private const string BeforeOperativePart = @"before\s+(?:the\s+|its\s+)?operative\s+(?:part|paragraphs|clauses|section)|avant\s+(?:le\s+|son\s+)?dispositif|avant\s+les\s+paragraphes\s+du\s+dispositif|قبل\s+(?:ال)?منطوق(?:ه)?|قبل\s+الفقرات\s+العاملة";

        public static readonly Regex Preamble = SpellingVariants.Regex($@"(?<!\p{{L}})(?:{PreambleNoun}|{BeforeOperativePart})(?!\p{{L}})", Options);

        public static readonly Regex Section = SpellingVariants.Regex(
            @"(?<!\p{L})(?:section|part|partie|البند|القسم|الجزء)\s*\(?\s*(هـ|[\u0621-\u064A]|[A-E])\s*\)?(?!\p{L}|['’])", Options);

        public static readonly Regex SubItemLetter = SpellingVariants.Regex(@"\(?\s*([a-z]|[ivx]{1,4}|هـ|[\u0621-\u064A])\s*\)", Options);

        public static readonly Regex PreambleWord = SpellingVariants.Regex($@"preambular|{PreambleNoun}|التمهيدية", Options);

        public static readonly Regex OperativeWord = SpellingVariants.Regex(@"operative|op[ée]rationnel|dispositif|العاملة|منطوق", Options);
    }
}
