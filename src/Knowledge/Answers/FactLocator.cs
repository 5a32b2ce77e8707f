using System.Text.RegularExpressions;
using ResBot.Knowledge.Glossary;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Answers;

/// <summary>
/// Finds, in a quoted clause, the sentence that holds the fact a one-fact question asks for and the words that state
/// it: "25 September" for "when is OIC Day?", "(Saudi Arabia, Senegal …)" for "which countries …?", "the
/// Secretary-General" for "who must report …?". Only text of the clause is ever pointed at; when no sentence holds a
/// fact of the kind asked, nothing is.
/// </summary>
public sealed partial class FactLocator(DomainGlossary glossary)
{
    /// <summary>
    /// The fact in <paramref name="text"/>, in the sentence that holds one and shares most of <paramref name="topic"/>
    /// (the question's analysed content words, when the clause is in the question's language; else empty).
    /// </summary>
    /// <param name="sessions">Sessions the question asks about ("when was the 38th session held?"): a sentence naming one
    /// states their fact, not the fact of another session it cites ("… adopted by its 37th session held in Dushanbe on …").</param>
    /// <param name="hijri">Whether the question asks the Hijri date ("the Hijri dates of the session", « selon le calendrier hégirien »).</param>
    /// <param name="numbers">Numbers the question writes ("in December 2010"): of several meetings a sentence dates, the
    /// place or date asked is the one of the meeting dated so.</param>
    /// <param name="synonyms">Words the lexicon says mean what the question's do ("ordinateurs" for "ordis"): a number is
    /// about the question when they are near it.</param>
    public ClauseFact? Locate(FactKind kind, string text, Language language, IReadOnlyCollection<string> topic, IReadOnlyCollection<string> questionTermIds,
        IReadOnlyCollection<int>? sessions = null, bool hijri = false, IReadOnlyCollection<string>? numbers = null, IReadOnlyCollection<string>? synonyms = null)
    {
        if (kind == FactKind.None)
            return null;
        ClauseFact? best = null;
        var bestRank = (NamesSession: false, Score: -1);
        foreach (var sentence in ClauseSentences.Split(text))
        {
            var sentenceText = sentence.Of(text);
            var scope = kind is FactKind.Where or FactKind.When && numbers is { Count: > 0 } ? MeetingDated(sentenceText, numbers) : (Start: 0, Length: sentenceText.Length);
            var fact = FactIn(kind, sentenceText.Substring(scope.Start, scope.Length), language, topic, questionTermIds, hijri, synonyms ?? []) is { } found
                ? new TextSpan(scope.Start + found.Start, found.Length) : (TextSpan?)null;
            if (fact is null && !FactCue.Holds(kind, sentenceText))
                continue;
            // A term the question names says more than a word it shares: of "the session of COMIAC" and "réuni", the
            // sentence naming COMIAC is the one about it.
            var shared = topic.Count + questionTermIds.Count == 0 ? 0 : Shared(glossary.Tokens(sentenceText, language), language, topic, questionTermIds);
            // The sentence on the session asked comes first; then a sentence whose fact is picked out beats one that only
            // holds a fact somewhere, at equal topic share.
            var rank = (NamesSession: sessions is { Count: > 0 } && ReferenceParser.AllSessions(sentenceText).Intersect(sessions).Any(),
                        Score: shared * 2 + (fact is null ? 0 : 1));
            if (rank.CompareTo(bestRank) <= 0)
                continue;
            bestRank = rank;
            best = new ClauseFact(sentence, fact is { } f ? new TextSpan(sentence.Start + f.Start, f.Length) : null);
        }
        return best;
    }

    /// <summary>
    /// The part of a sentence about the meeting it dates with one of <paramref name="numbers"/>: from the date before
    /// that one to the date after it. "… adopted by the Eighth Session held in Rabat on 27 and 28 January 2009 and by the
    /// General Assembly held on 22 and 23 December 2010" says where the first met, not where the second did. The whole
    /// sentence when it dates fewer than two meetings or none with those numbers.
    /// </summary>
    private static (int Start, int Length) MeetingDated(string sentence, IReadOnlyCollection<string> numbers)
    {
        var dates = DatesIn(sentence);
        var asked = dates.FindIndex(d => WrittenNumbers.In(d.Value).Overlaps(numbers));
        if (dates.Count < 2 || asked < 0)
            return (0, sentence.Length);
        var start = asked == 0 ? 0 : dates[asked - 1].Index + dates[asked - 1].Length;
        var end = asked == dates.Count - 1 ? sentence.Length : dates[asked + 1].Index;
        return (start, end - start);
    }

    /// <summary>The dates a sentence gives, in order: each full date ("27 and 28 January 2009"), and each year not part of one.</summary>
    private static List<Match> DatesIn(string sentence)
    {
        var dates = FullDate().Matches(sentence).ToList();
        dates.AddRange(Year().Matches(sentence).Where(year => !dates.Any(d => year.Index >= d.Index && year.Index < d.Index + d.Length)));
        dates.Sort((a, b) => a.Index.CompareTo(b.Index));
        return dates;
    }

    /// <summary>Whether a text gives a date in the Hijri calendar ("24 to 26 Rajab 1432 H").</summary>
    public static bool HoldsHijriDate(string text) => HijriDate().IsMatch(text);

    /// <summary>Whether a stated date names its day and month ("27 and 28 January 2009"), not only a year ("2011").</summary>
    public static bool IsFullDate(string date) => FullDate().IsMatch(date);

    /// <summary>The question's words a sentence's tokens hold, and twice its terms.</summary>
    private int Shared(List<string> tokens, Language language, IReadOnlyCollection<string> topic, IReadOnlyCollection<string> termIds) =>
        tokens.Intersect(topic, StringComparer.Ordinal).Count()
        + (termIds.Count == 0 ? 0 : 2 * glossary.FindTerms(tokens, language).Select(t => t.Id).Distinct().Count(termIds.Contains));

    private TextSpan? FactIn(FactKind kind, string sentence, Language language, IReadOnlyCollection<string> topic, IReadOnlyCollection<string> questionTermIds, bool hijri,
        IReadOnlyCollection<string> synonyms) => kind switch
    {
        // "on 20 and 21 Sha'ban 1427 H (13 and 14 September 2006)": the Gregorian date is the one users look for.
        // "What were the Hijri dates …?" wants "24 to 26 Rajab 1432 H" first.
        FactKind.When => (hijri ? First(HijriDate(), sentence) : null) ?? First(GregorianDate(), sentence) ?? First(FullDate(), sentence) ?? First(Year(), sentence),
        // "How many countries sit on the committee?" is answered as well by the list that names them.
        FactKind.HowMany => Counted(sentence, language, topic, questionTermIds, synonyms) ?? NamesIn(sentence),
        // "How much did the programme cost?" wants a sum of money: "100,000 computers" is not one.
        FactKind.HowMuch => FactCue.Sum(sentence) is { Success: true } sum ? Trimmed(sentence, sum.Index, sum.Length) : null,
        FactKind.WhichCountries => NamesIn(sentence),
        // "How many resolutions of the Baku session does it recall?": the list of those it cites, from the first to the last.
        FactKind.HowManyResolutions => FactCue.CitedResolutions(sentence) is { Count: > 0 } cited
            ? Trimmed(sentence, cited[0].Index, cited[^1].Index + cited[^1].Length - cited[0].Index) : null,
        FactKind.Name => FactCue.Person(sentence) is { Success: true } person ? Trimmed(sentence, person.Index, person.Length) : null,
        FactKind.SessionName => FactCue.SessionNameIn(sentence) is { Success: true } name ? Trimmed(sentence, name.Index, name.Length) : null,
        FactKind.Where => Place(sentence, language),
        // "Who chairs COMIAC?": the person the sentence names beside the chair ("President Abdoulaye Wade, … Chairman of
        // COMIAC"), or the chair's own words.
        FactKind.Chair => FactCue.Chair(sentence) is { Success: true } chair
            ? FactCue.Person(sentence) is { Success: true } person ? Trimmed(sentence, person.Index, person.Length) : Trimmed(sentence, chair.Index, chair.Length)
            : null,
        FactKind.WhoIsAsked => Holder(sentence, language, questionTermIds),
        _ => null,
    };

    private static TextSpan? First(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true } m ? Trimmed(text, m.Index, m.Length) : null;

    /// <summary>
    /// The number that answers "how many": not part of a date, with the words it counts ("sixteen member States",
    /// "100,000 computers"); the one counting a word of the question when several do.
    /// </summary>
    private TextSpan? Counted(string sentence, Language language, IReadOnlyCollection<string> topic, IReadOnlyCollection<string> termIds, IReadOnlyCollection<string> synonyms)
    {
        var dates = DatesIn(sentence).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        TextSpan? first = null;
        var skippedEnd = -1;
        foreach (Match number in Count().Matches(sentence))
        {
            // A date's day or year, a numbered paragraph ("paragraphs 170 and 171", "الفقرتين رقم 170 و 171") count nothing.
            if (dates.Any(d => number.Index < d.End && d.Index < number.Index + number.Length)
                || NumberedThing().IsMatch(sentence.AsSpan(0, number.Index))
                || (skippedEnd >= 0 && Conjunction().IsMatch(sentence.AsSpan(skippedEnd, number.Index - skippedEnd))))
            {
                skippedEnd = number.Index + number.Length;
                continue;
            }
            var span = WithCountedWords(sentence, number);
            if (topic.Count > 0 && glossary.Tokens(span.Of(sentence), language).Any(topic.Contains))
                return span;
            // "How many countries have joined the team?" is not answered by "experts of sixteen member States" at a
            // meeting, with the team's membership named a line later: a number neither counting a word of the question
            // nor near one (or near a term it names) counts something else.
            if (topic.Count + termIds.Count == 0 || Shared(glossary.Tokens(Around(sentence, span), language), language, [.. topic, .. synonyms], termIds) > 0)
                first ??= span;
        }
        return first;
    }

    /// <summary>How far from a number the words it is about may be: a clause's phrase, not its next sentence part.</summary>
    private const int CountReach = 60;

    /// <summary>The words either side of a counted span, the span itself left out: "sixteen member States" is not near "countries" by its own "States".</summary>
    private static string Around(string sentence, TextSpan span)
    {
        // Widened to whole words: a word cut at the edge ("ntries") would be read as another.
        var start = TextNormalizer.WordStart(sentence, Math.Max(0, span.Start - CountReach));
        var end = TextNormalizer.WordEnd(sentence, Math.Min(sentence.Length, span.Start + span.Length + CountReach));
        return $"{sentence[start..span.Start]} {sentence[(span.Start + span.Length)..end]}";
    }

    /// <summary>What ends right before a number that names a thing rather than counts: "paragraph", "No.", "رقم", "§".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:paragraphs?|paras?\.?|paragraphes?|No\.?|n°|rule|article|articles|chapter|chapitre|رقم|رقمي|الفقرة|الفقرتين|الفقرات|المادة|§)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedThing();

    /// <summary>Only a conjunction between two numbers: the second names the same kind of thing as the first ("170 and 171").</summary>
    [GeneratedRegex(@"^\s*(?:and|et|or|ou|و|أو|,|،|-|–|to|à)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    /// <summary>The number and up to two words after it, stopping at punctuation or a word that only links ("for", "au", "و").</summary>
    private static TextSpan WithCountedWords(string sentence, Match number)
    {
        var end = number.Index + number.Length;
        for (var words = 0; words < 2; words++)
        {
            var word = NextWord().Match(sentence, end);
            if (!word.Success || word.Index != end || LinkWords.Contains(word.Groups["word"].Value))
                break;
            end = word.Index + word.Length;
        }
        return new TextSpan(number.Index, end - number.Index);
    }

    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "for", "to", "of", "in", "on", "at", "by", "with", "from", "the", "a", "an", "which", "that",
        "et", "ou", "pour", "à", "au", "aux", "de", "du", "des", "en", "dans", "sur", "par", "avec", "le", "la", "les", "qui", "que",
        "و", "أو", "في", "من", "إلى", "على", "عن", "مع", "التي", "الذي", "لصالح", "لفائدة", "ل",
    };

    /// <summary>How many names a list holds: "A, B and C", "A, B, and C", "du A, de B et du C", "A، وB، وC" hold three.</summary>
    public static int NamesListed(string names) => ListSeparator().Split(names).Count(name => name.Trim().Length > 0);

    [GeneratedRegex(@"\s*[,،]\s*(?:and\s+|et\s+|و)?|\s+(?:and|et)\s+")]
    private static partial Regex ListSeparator();

    /// <summary>The names of a list, without its brackets or its "composed of".</summary>
    private static TextSpan? NamesIn(string sentence)
    {
        if (Bracketed().Match(sentence) is { Success: true } bracketed)
        {
            // "(composé du Royaume d'Arabie saoudite, de …)": the names start after what introduces them.
            var names = bracketed.Groups["names"];
            var intro = ListIntroduction().Match(names.Value);
            return Trimmed(sentence, names.Index + intro.Length, names.Length - intro.Length);
        }
        return Introduced().Match(sentence) is { Success: true } introduced
            ? Trimmed(sentence, introduced.Groups["names"].Index, introduced.Groups["names"].Length)
            : null;
    }

    /// <summary>
    /// Who holds the fact: the first body or addressee the sentence names that the question does not ("who must report
    /// on 38/3?" → "the Secretary-General"), spelled as the sentence spells it.
    /// </summary>
    private TextSpan? Holder(string sentence, Language language, IReadOnlyCollection<string> questionTermIds)
    {
        // Only the clause's own addressee, named right after its opening verb ("Requests the Secretary-General to …",
        // "يطلب من الأمين العام"), holds the answer to "who": a body named further on is what the clause is about.
        var opening = sentence[..OpeningLength(sentence)];
        var holders = glossary.Terms.Values.Where(t => t.Kind is "addressee" or "body" && t.Id is not ("OIC" or "CFM") && !questionTermIds.Contains(t.Id));
        return FirstNamed(opening, holders, language, withArticle: true);
    }

    /// <summary>
    /// The first of <paramref name="terms"/> the text names, spelled as it spells it (each term by its longest spelling
    /// found; of two at one place the longer), with the article before it when <paramref name="withArticle"/>.
    /// </summary>
    private static TextSpan? FirstNamed(string text, IEnumerable<GlossaryTerm> terms, Language language, bool withArticle)
    {
        TextSpan? first = null;
        foreach (var term in terms.Where(t => t.Variants.ContainsKey(language)))
        {
            foreach (var spelling in term.Variants[language].OrderByDescending(v => v.Length))
            {
                var at = WholeWord(text, spelling);
                if (at < 0)
                    continue;
                var article = withArticle ? Article().Match(text[..at]) : Match.Empty;
                var start = article.Success ? article.Index : at;
                if (first is not { } found || start < found.Start || (start == found.Start && at + spelling.Length > found.End))
                    first = new TextSpan(start, at + spelling.Length - start);
                break;
            }
        }
        return first;
    }

    /// <summary>The first city or country the sentence names, spelled as it spells it ("Dakar", "كوالالمبور").</summary>
    private TextSpan? Place(string sentence, Language language) =>
        FirstNamed(sentence, glossary.Terms.Values.Where(t => t.IsPlace), language, withArticle: false);

    /// <summary>Where a clause's opening (its verb and whom it addresses) ends: its first six words.</summary>
    private static int OpeningLength(string sentence)
    {
        var words = 0;
        for (var i = 1; i < sentence.Length; i++)
        {
            if (char.IsWhiteSpace(sentence[i]) && !char.IsWhiteSpace(sentence[i - 1]) && ++words == 6)
                return i;
        }
        return sentence.Length;
    }

    private static int WholeWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if (StartsWord(text, at, word) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return at;
        }
        return -1;
    }

    /// <summary>
    /// Whether <paramref name="word"/> starts a word at <paramref name="at"/>. Arabic words carry their conjunctions and
    /// prepositions as prefixes, one or two of them: "للأمين العام" holds "الأمين العام", "بدكار" and "وبدكار" hold "دكار".
    /// </summary>
    private static bool StartsWord(string text, int at, string word)
    {
        var start = at;
        if (word.Length > 0 && word[0] is >= '\u0621' and <= '\u064A')
        {
            for (var prefixes = 0; prefixes < 2 && start > 0 && text[start - 1] is 'ل' or 'و' or 'ب' or 'ف' or 'ك'; prefixes++)
                start--;
        }
        return start == 0 || !char.IsLetterOrDigit(text[start - 1]);
    }

    private static TextSpan? Trimmed(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or '،' or ':'))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '،' or ';' or '؛' or '.'))
            end--;
        return end > start ? new TextSpan(start, end - start) : null;
    }

    private const string GregorianMonths =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|" +
        "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|" +
        "كانون\\s+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين\\s+الأول|تشرين\\s+الثاني|كانون\\s+الأول";

    /// <summary>Hijri months as English and French texts transliterate them ("Sha'ban", "Chaabane", "Chaâbane", "Dhou al-Hijja") and in Arabic.</summary>
    private const string HijriMonths =
        "Mu?h?arr?am|Mouharram|Moharram|Safar|Rabi[a]?['’]?[\\s-]+(?:al|el|ul)?[\\s-]*(?:Awwal|Awal|Aoual|Thani|Akhir|Sani)|" +
        "(?:Jumada|Joumada|Djoumada)[\\s-]+(?:al|el|ul)?[\\s-]*(?:Awwal|Oula|Ula|Thani|Akhira)|Rajab|Radjab|" +
        "Sha['’]?a?ban|Cha['’]?a?b[aâ]ne?|Ramadh?an|Shaww?al|Chaww?al|Chaoual|" +
        "(?:Dhu|Dhou|Dhul|Zul|Zoul)[\\s-]*(?:al|el)?[\\s-]*(?:Qi|Qa|Ki)['’]?d(?:ah|a|e)?|(?:Dhu|Dhou|Dhul|Zul|Zoul)[\\s-]*(?:al|el)?[\\s-]*H[ie]dj?j(?:ah|a|e)?|" +
        "محرم|صفر|ربيع\\s+الأول|ربيع\\s+الثاني|جمادى\\s+الأولى|جمادى\\s+الآخرة|رجب|شعبان|رمضان|شوال|ذو\\s+القعدة|ذو\\s+الحجة";

    private const string Months = GregorianMonths + "|" + HijriMonths;

    /// <summary>"25 September", "28-30 June 2011", "from 18 to 20 May 2010", "le 25 septembre", "25 سبتمبر", "24 to 26 Rajab 1432 H".</summary>
    [GeneratedRegex(@"(?<!\d)\d{1,2}(?:\s*(?:[-–]|and|to|au|et|à|إلى|الى|و)\s*\d{1,2})?\s+(?:" + Months + @")(?:\s*/\s*(?:" + Months + @"))?(?:\s+\d{4}(?:\s*(?:H|هـ|م)(?!\p{L}))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex FullDate();

    /// <summary>"25 September", "28-30 June 2011", "13 et 14 septembre 2006", "25 سبتمبر": <see cref="FullDate"/> with Gregorian months only.</summary>
    [GeneratedRegex(@"(?<!\d)\d{1,2}(?:\s*(?:[-–]|and|to|au|et|à|إلى|الى|و)\s*\d{1,2})?\s+(?:" + GregorianMonths + @")(?:\s*/\s*(?:" + GregorianMonths + @"))?(?:\s+\d{4})?", RegexOptions.IgnoreCase)]
    private static partial Regex GregorianDate();

    /// <summary>"24 to 26 Rajab 1432 H", « du 24 au 26 Rajab 1432 H », "24-26 رجب 1432 هـ": <see cref="FullDate"/> with Hijri months only.</summary>
    [GeneratedRegex(@"(?<!\d)\d{1,2}(?:\s*(?:[-–]|and|to|au|et|à|إلى|الى|و)\s*\d{1,2})?\s+(?:" + HijriMonths + @")(?:\s*/\s*(?:" + HijriMonths + @"))?(?:\s+\d{4}(?:\s*(?:H|هـ)(?!\p{L}))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex HijriDate();

    [GeneratedRegex(@"(?<!\d)(?:19|20|14)\d\d(?!\d)")]
    private static partial Regex Year();

    /// <summary>A number as digits or a whole number word, with the words that make it one ("ست عشرة", "100 ألف"), not an ordinal ("38th", "trente-huitième"), a day of a month, a paragraph cited with its item ("17(f)"), nor what follows an Arabic ordinal or noun ("الحادية عشرة", "الدورة 38").</summary>
    [GeneratedRegex(@"(?<![\p{L}\d/])(?<!(?<!\p{L})ال\p{L}+\s+)(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|dozen|hundred|thousand|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|اثنان|اثنين|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|مئة|مائة|ألف)(?:\s+(?:عشرة|عشر|ألف|آلاف|مليون|ملايين|thousand|million|billion|hundred|mille|millions|milliards|milliard|cent))*(?![\p{L}\d/])(?!-\p{L})(?!\s*(?:st|nd|rd|th|e|ème)\b)(?!\s?\(\p{L}\))(?!\s+(?:" + Months + @"))", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"\G\s+(?<word>[\p{L}'’-]+)")]
    private static partial Regex NextWord();

    /// <summary>"the ", "le ", "la ", "les ", "l'" right before a name: part of how the clause names its addressee.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:the|le|la|les|l['’])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"^\s*(?:(?:composed\s+of|comprising|namely|compos[ée]e?s?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|à\s+savoir|المؤلفة\s+من|تتألف\s+من|تضم|وهي)\s*:?\s*|(?:du|de\s+la|des|de)\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListIntroduction();

    [GeneratedRegex(@"\(\s*(?<names>(?:[^(),،;]{2,50}[,،]\s*){2,}[^(),،;]{2,90})\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?:composed\s+of|comprising|namely|composée?\s+d[eu]|à\s+savoir|تضم|المؤلفة\s+من|تتألف\s+من|وهي)\s*:?\s*(?<names>(?:[^,،;]{2,50}[,،]\s*){2,}[^,،;.]{2,50})", RegexOptions.IgnoreCase)]
    private static partial Regex Introduced();
}
