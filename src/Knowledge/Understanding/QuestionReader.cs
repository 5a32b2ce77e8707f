using System.Text.RegularExpressions;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Glossary;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Turns a question into a <see cref="QuestionIntent"/>: its language, the resolutions and paragraphs it names
/// (resolved against the corpus, since "4/38" and "38/4" are the same resolution), whom it is about, what
/// action, and which topic words remain.
/// </summary>
public sealed partial class QuestionReader(DomainGlossary glossary, ParaphraseLexicon? lexicon = null)
{
    /// <summary>Glossary ids too general to say what a question is about: every clause mentions the OIC.</summary>
    private static readonly HashSet<string> GenericTermIds = new(StringComparer.OrdinalIgnoreCase) { "OIC", "CFM" };


    public QuestionIntent Read(string question, Language language, ResolutionCorpus corpus)
    {
        question = ContextPreface.Without(question);
        var (known, unknown) = ResolveResolutions(ReferenceParser.FindResolutions(question), corpus);
        if (known.Count == 0 && unknown.Count == 0)
            known = BareNumbers(question, corpus);
        var session = ReferenceParser.FindSession(question);
        var (ofSession, sessionMissing) = known.Count == 0 && unknown.Count == 0 ? SessionScope(session, corpus) : ([], false);
        known = [.. known, .. ofSession];
        var paragraphs = ReferenceParser.FindParagraphs(question);

        // "Besides member States, whom does 38/1 ask …?": whom and what the question leaves out are not its topic.
        var (kept, leftOut) = ExceptCue.Split(question);
        // "Report back" is reporting: "back" alone is backing ("back the Dakar office").
        var topicText = ReportBack().Replace(TextNormalizer.ToAsciiDigits(ReferenceParser.WithoutReferences(kept)), "$1");
        var terms = glossary.FindTerms(glossary.Tokens(topicText, language), language).ToList();
        // Other languages' glossaries read only what the question's own glossary left: "external media" is English
        // ExternalMedia, and the French "media" inside it must not take it apart.
        var foreignTerms = ForeignTerms(WithoutSpellings(topicText, terms.Select(t => t.Id), language), language, terms);
        // A term written in another language is read as that term, not as words of the question's: "Islamic States
        // Broadcasting Union" in French is ISBU, not four French words no French clause holds.
        // Its words are searched as well, in their own language: "القرصنة الإلكترونية" is cyber security, and the
        // clause that says "القرصنة" says it most closely.
        var otherScriptWords = OtherScriptWords(topicText, language);
        topicText = WithoutForeignSpellings(topicText, foreignTerms);
        var tokens = glossary.Tokens(topicText, language);
        terms = glossary.FindTerms(tokens, language).ToList();
        // A verb inside a name is no verb: « l'agence de presse » names the news agency, and « presse » urges nothing.
        var actions = GenericAsks(glossary.FindActions(tokens, language), tokens, language)
            .Where(a => !terms.Any(t => t.Start < a.End && a.Start < t.End)).ToList();

        var (addressee, termIds) = AddresseesAndTopics(terms.Select(t => t.Id).Concat(foreignTerms));
        // "the media of member States", "member States' press", « les médias des États membres », "وسائل إعلام الدول
        // الأعضاء": the media are the ones asked; the States only say whose media, and the Secretariat whose programmes
        // they are to cover ("… about the General Secretariat's programmes").
        if (MediaOfMemberStates(terms, language) && !MediaAndStates.IsMatch(topicText))
        {
            termIds = [.. termIds.Where(id => id != MediaTermId), .. AddresseeIds.Of(addressee & ~Addressee.MemberStates)];
            addressee = Addressee.Media;
        }

        var fact = FactCue.Read(question);
        // "How many member States sit on the committee?", "ما الدول الأعضاء في اللجنة؟": the States are what is counted
        // or listed, not whom a clause asks.
        if (fact is FactKind.HowMany or FactKind.WhichCountries)
            addressee &= ~Addressee.MemberStates;

        var covered = new bool[tokens.Count];
        foreach (var match in terms.Concat(actions))
        {
            for (var i = match.Start; i < match.End; i++)
                covered[i] = true;
        }
        var questionWords = glossary.QuestionWords(language);
        var askedFor = AskedForWords(fact, language);
        var asksWhereMentioned = MentionCue.IsAsked(question);
        var mentionWords = asksWhereMentioned ? MentionWords(language) : NothingAskedFor;
        // Numbers and ordinals ("38th", "39e") name sessions, which every clause of a session shares; a year is content.
        // Words in another script were read as glossary terms of their own language, or mean nothing here.
        // Words in another script are read in their own language (OtherLanguageTokens), not as words of this one.
        // "Why is Istanbul mentioned in the preamble of 38/1?": the preamble is where to look (a selector), not a word its clauses hold.
        var partWords = paragraphs.Contains(ParagraphSelectors.Preamble) ? PreambleWords(language) : NothingAskedFor;
        var content = tokens.Where((t, i) => !covered[i] && !questionWords.Contains(t) && !askedFor.Contains(t) && !mentionWords.Contains(t) && !partWords.Contains(t)
                                             && (!t.Any(char.IsDigit) || IsYear(t)) && !IsForeignScript(t, language)).Distinct().ToList();

        // "pp 5 of the digital solidarity fund resolution", "what is the Secretary-General asked in the resolution on the
        // OIC-CERT?": the resolution its title words name. Where the question says which words are the title ("the
        // resolution on …", "قرار …"), only those name it: "which Islamabad resolutions does the information affairs
        // resolution recall?" is not the resolution approving other resolutions.
        if (known.Count == 0 && unknown.Count == 0)
        {
            var titles = TitleCue.TitleWords(question);
            var named = titles.Count > 0
                ? titles.Select(words => NamedByTitle(TopicWords(words, language), TopicTermIds(words, language), language, corpus)).ToList()
                : paragraphs.Count > 0 ? [NamedByTitle(content, termIds, language, corpus)] : [];
            // A title the corpus lacks ("la résolution des Nations Unies") is what the question asks about, not its scope.
            if (named.OfType<(Resolution Resolution, HashSet<string> Words)>().ToList() is { Count: > 0 } found)
            {
                var words = found.SelectMany(n => n.Words).ToHashSet(StringComparer.Ordinal);
                known = found.Select(n => n.Resolution.Key).Distinct().ToList();
                content = content.Where(t => !words.Contains(t)).ToList();
                termIds = termIds.Where(id => !words.Contains(id)).ToList();
                // "What is asked of the Secretary-General in the resolution approving COMIAC's resolutions?": the title's
                // verb names the resolution, it asks nothing.
                actions = actions.Where(a => !Enumerable.Range(a.Start, a.End - a.Start).All(i => words.Contains(tokens[i]))).ToList();
            }
        }

        return new QuestionIntent(
            language,
            known,
            unknown,
            paragraphs,
            addressee,
            actions.Any(a => DomainGlossary.DirectiveActions.Contains(a.Id)),
            OperativeActions(actions).Where(a => !DomainGlossary.DirectiveActions.Contains(a.ToString())).ToList(),
            termIds,
            content,
            // "Where is the secretariat going to be based?": a place asked is no background ("based on").
            glossary.HasPreambleCue(tokens.Select(t => askedFor.Contains(t) ? "" : t).ToList(), language))
        {
            Citation = CitationCue.Read(question),
            Fact = fact,
            AsksVenue = fact == FactKind.Where && FactCue.AsksVenue(question),
            AsksHijri = fact == FactKind.When && FactCue.AsksHijri(question),
            AsksWhereMentioned = asksWhereMentioned,
            Negated = NegationCue.IsAsked(question),
            Numbers = [.. WrittenNumbers.In(topicText)],
            Synonyms = lexicon?.Synonyms(content, language) ?? [],
            DirectiveVerbs = OperativeActions(actions).Where(a => DomainGlossary.DirectiveActions.Contains(a.ToString())).ToList(),
            Body = known.Count == 0 && unknown.Count == 0 ? BodyInScope(TextNormalizer.ToAsciiDigits(question), corpus) : null,
            LeftOut = LeftOut(leftOut, language),
            Session = session,
            TopicSessions = TopicSessions(topicText, session, fact, termIds.Where(id => !glossary.Terms.TryGetValue(id, out var term) || !term.IsPlace).ToList()),
            SessionMissing = sessionMissing,
            Names = Names(WithoutSpellings(topicText, terms.Select(t => t.Id), language), language, content, otherScriptWords),
            OtherLanguageTokens = otherScriptWords,
            // Only a term named twice or more ("viruses and hacking"): a name said once ("OIC Day") is that term, whatever
            // its clauses write.
            TermWords = terms.Where(t => termIds.Contains(t.Id)).GroupBy(t => t.Id).Where(g => g.Count() > 1)
                .SelectMany(g => g.SelectMany(t => tokens.Skip(t.Start).Take(t.End - t.Start)))
                .Where(t => !questionWords.Contains(t)).Distinct().ToList(),
        };
    }

    /// <summary>
    /// Runs of another script inside the question that are not glossary terms ("Que dit 38/4 sur la القرصنة
    /// الإلكترونية ?", "ماذا قال المجلس عن hacking؟"), analysed in their own language: Arabic inside English or French,
    /// English or French (as the run reads) inside Arabic; that language's question words left out.
    /// </summary>
    private List<LanguageTokens> OtherScriptWords(string text, Language language)
    {
        var words = new Dictionary<Language, List<string>>();
        foreach (Match run in (language == Language.Ar ? LatinRun : ArabicRun).Matches(text))
        {
            var runLanguage = language != Language.Ar ? Language.Ar : LanguageDetector.Detect(run.Value) == Language.Fr ? Language.Fr : Language.En;
            var questionWords = glossary.QuestionWords(runLanguage);
            var tokens = glossary.Tokens(run.Value, runLanguage).Where(t => !questionWords.Contains(t) && !t.Any(char.IsDigit));
            if (!words.TryGetValue(runLanguage, out var list))
                words[runLanguage] = list = [];
            list.AddRange(tokens.Where(t => !list.Contains(t)));
        }
        return words.Where(w => w.Value.Count > 0).Select(w => new LanguageTokens(w.Key, w.Value)).ToList();
    }

    /// <summary>"The media and the member States", « les États membres et les médias », "وسائل الإعلام والدول الأعضاء": both are asked.</summary>
    private static readonly Regex MediaAndStates = SpellingVariants.Regex(@"(?:media|press|médias|presse|إعلام|الإعلام)\s+(?:and|et|or|ou)\s+(?:the\s+|les\s+)?(?:member|états|etats)|(?:states|membres)\s+(?:and|et|or|ou)\s+(?:the\s+|les\s+|their\s+|leurs\s+)?(?:media|press|médias|presse)|والدول\s+الأعضاء|الأعضاء\s+ووسائل", RegexOptions.IgnoreCase);

    // English only: "report back" is the English idiom.
    [GeneratedRegex(@"\b(report(?:s|ed|ing)?)\s+back\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportBack();

    private static readonly Regex ArabicRun = SpellingVariants.Regex(@"[\u0600-\u06FF][\u0600-\u06FF\u064B-\u065F\s]*");

    private static readonly Regex LatinRun = SpellingVariants.Regex(@"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’\-\s]*");

    /// <summary>
    /// The body a question limits itself to. "The summit of Dakar" is the League's only in a corpus that holds League
    /// resolutions: otherwise it is another summit (the Islamic Summit), and answering "the corpus holds no decision of
    /// the Arab League" would misread it.
    /// </summary>
    private static string? BodyInScope(string question, ResolutionCorpus corpus) =>
        ReferenceParser.BodyNamed(question) is var body && body == "LAS" && ReferenceParser.NamesLeagueOnlyBySummit(question) && corpus.ResolutionsOf(body).Count == 0
            ? null
            : body;

    /// <summary>Least share of the question's topic words and terms a title must hold to name the resolution.</summary>
    private const double TitleCoverage = 0.5;

    /// <summary>
    /// The one resolution whose title holds most of the question's topic words and glossary terms, when no other
    /// holds as many; with the words that named it. Null when none holds half of them, or two tie.
    /// </summary>
    private (Resolution Resolution, HashSet<string> Words)? NamedByTitle(IReadOnlyList<string> content, IReadOnlyList<string> termIds, Language language, ResolutionCorpus corpus)
    {
        var asked = content.Concat(termIds).ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0)
            return null;
        // Only the titles holding one of the asked words can name the resolution: looked up, not a pass over every
        // title (a million paragraphs have some 70,000), in corpus order so that ties fall as they would in a pass.
        var index = TitleIndex(corpus, language);
        var titles = asked.SelectMany(word => index.GetValueOrDefault(word) ?? []).Distinct().OrderBy(t => t.Order).ToList();
        // Ties go to the title the words spell out most of: "the information affairs resolution" is the one titled
        // "Information Affairs", not the one approving "the information affairs resolutions of COMIAC's ninth session".
        var ranked = titles.Select(t => (t.Resolution, Words: t.Words.Where(asked.Contains).ToHashSet(StringComparer.Ordinal), Title: t.Words.Count))
            .OrderByDescending(t => t.Words.Count).ThenByDescending(t => t.Words.Count / (double)t.Title).Take(2).ToList();
        if (ranked.Count > 0 && ranked[0].Words.Count >= TitleCoverage * asked.Count
            && (ranked.Count == 1 || ranked[1].Words.Count < ranked[0].Words.Count || ranked[1].Words.Count * ranked[0].Title < ranked[0].Words.Count * ranked[1].Title))
            return (ranked[0].Resolution, ranked[0].Words);
        // "The preamble of the OIC-CERT resolution, on the internet and borders": a body or topic that one title alone
        // names names that resolution, whatever else the question asks.
        var naming = titles.Where(t => termIds.Any(t.Words.Contains)).Take(2).ToList();
        return naming.Count == 1 ? (naming[0].Resolution, termIds.Where(naming[0].Words.Contains).ToHashSet(StringComparer.Ordinal)) : null;
    }

    /// <summary>A resolution's title words (<see cref="TitleWords"/>) and its place in the corpus.</summary>
    private sealed record TitleEntry(int Order, Resolution Resolution, HashSet<string> Words);

    /// <summary>For one language, the titles holding each word, built once per corpus: two questions at once in a new language read every title once.</summary>
    private Dictionary<string, List<TitleEntry>> TitleIndex(ResolutionCorpus corpus, Language language) =>
        _titles.GetValue(corpus, _ => new System.Collections.Concurrent.ConcurrentDictionary<Language, Lazy<Dictionary<string, List<TitleEntry>>>>())
            .GetOrAdd(language, l => new Lazy<Dictionary<string, List<TitleEntry>>>(() =>
            {
                var index = new Dictionary<string, List<TitleEntry>>(StringComparer.Ordinal);
                foreach (var entry in corpus.Resolutions.Select((r, order) => new TitleEntry(order, r, TitleWords(r, l))))
                {
                    foreach (var word in entry.Words)
                    {
                        if (!index.TryGetValue(word, out var holding))
                            index[word] = holding = [];
                        holding.Add(entry);
                    }
                }
                return index;
            })).Value;

    /// <summary>A title's analysed words in <paramref name="language"/> and the glossary terms of its titles in every language.</summary>
    private HashSet<string> TitleWords(Resolution resolution, Language language)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (resolution.Titles.TryGetValue(language, out var own))
            words.UnionWith(glossary.Tokens(TextNormalizer.ToAsciiDigits(own), language));
        foreach (var (titleLanguage, title) in resolution.Titles)
            words.UnionWith(glossary.FindTerms(glossary.Tokens(title, titleLanguage), titleLanguage).Select(t => t.Id));
        return words;
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ResolutionCorpus, System.Collections.Concurrent.ConcurrentDictionary<Language, Lazy<Dictionary<string, List<TitleEntry>>>>> _titles = new();

    /// <summary>
    /// "What was asked in the 38th session's resolutions?": the resolutions of the documents of that session. A session
    /// no document has is missing, when the corpus knows its documents' sessions at all.
    /// </summary>
    private static (List<string> Resolutions, bool Missing) SessionScope(int? session, ResolutionCorpus corpus)
    {
        if (session is null)
            return ([], false);
        var keys = corpus.Documents.Where(d => d.Session == session).SelectMany(d => d.ResolutionKeys).Where(k => corpus.FindResolution(k) is not null).Distinct().ToList();
        return (keys, keys.Count == 0 && corpus.Documents.Any(d => d.Session is not null));
    }

    /// <summary>
    /// The words of <paramref name="text"/> written as names: capitalised Latin words, in a question of any language,
    /// except where a sentence starts (a capital there says nothing). Only words the reader kept as content count:
    /// "What", "Council" or "Hey" shape the question.
    /// </summary>
    /// <param name="otherLanguages">Words the question writes in another script, read in their language ("Jakarta" in an Arabic question).</param>
    private List<string> Names(string text, Language language, IReadOnlyList<string> content, IReadOnlyList<LanguageTokens> otherLanguages)
    {
        var names = new List<string>();
        foreach (Match word in LatinWord.Matches(text))
        {
            if (!char.IsUpper(word.Value[0]) || StartsSentence(text, word.Index))
                continue;
            var (wordLanguage, kept) = IsForeignScript(word.Value, language) && otherLanguages.FirstOrDefault() is { } other
                ? (other.Language, other.Tokens) : (language, content);
            var tokens = glossary.Tokens(word.Value, wordLanguage);
            if (tokens.Count > 0 && tokens.All(kept.Contains) && !names.Contains(word.Value))
                names.Add(word.Value);
        }
        return names;
    }

    private static bool StartsSentence(string text, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (char.IsLetterOrDigit(text[i]))
                return false;
            if (text[i] is '.' or '?' or '!' or ':' or ';' or '؟' or '\n')
                return true;
        }
        return true;
    }

    private static readonly Regex LatinWord = SpellingVariants.Regex(@"(?<![\p{L}\p{N}])[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]{2,}");

    /// <summary>
    /// The words that name what a one-fact question asks for, analysed: "which countries sit on …?" and "how many
    /// states …?" ask for countries, "on what date …" / "في أي تاريخ …" for a date; neither is what the clause is about.
    /// </summary>
    private IReadOnlySet<string> AskedForWords(FactKind fact, Language language) =>
        _askedFor.TryGetValue(fact, out var words) ? words.In(language) : NothingAskedFor;

    private readonly Dictionary<FactKind, AnalysedWords> _askedFor = AskedForAsTyped.ToDictionary(e => e.Key, e => new AnalysedWords(glossary, e.Value));

    private static readonly HashSet<string> NothingAskedFor = [];

    /// <summary>
    /// In a question asking where something is mentioned, the words of mentioning are not its topic: "في أي الفقرات يرد
    /// اسم كازاخستان؟" asks for the clauses naming Kazakhstan, and none says "يرد" or "اسم".
    /// </summary>
    private IReadOnlySet<string> MentionWords(Language language) => _mentionWords.In(language);

    private readonly AnalysedWords _mentionWords = new(glossary, MentionWordsAsTyped);

    /// <summary>The words naming the preamble: a question that names it as the part to search holds them as no topic.</summary>
    private IReadOnlySet<string> PreambleWords(Language language) => _preambleWords.In(language);

    private readonly AnalysedWords _preambleWords = new(glossary, PreambleWordsAsTyped);

    /// <summary>Words as users type them, analysed once per language the way the question's words are.</summary>
    private sealed class AnalysedWords(DomainGlossary glossary, IReadOnlyDictionary<Language, string[]> typed)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Language, HashSet<string>> _analysed = new();

        public IReadOnlySet<string> In(Language language) =>
            _analysed.GetOrAdd(language, key => typed[key].SelectMany(w => glossary.Tokens(w, key)).ToHashSet(StringComparer.Ordinal));
    }

    private static readonly Dictionary<Language, string[]> PreambleWordsAsTyped = new()
    {
        [Language.En] = ["preamble", "preambular", "before", "operative"],
        [Language.Fr] = ["préambule", "considérants", "avant", "dispositif"],
        [Language.Ar] = ["ديباجة", "الديباجة", "ديباجته", "ديباجتها", "قبل", "المنطوق", "منطوقه", "العاملة"],
    };

    private static readonly Dictionary<Language, string[]> MentionWordsAsTyped = new()
    {
        [Language.En] = ["name", "names", "named", "appear", "appears", "occur", "occurs"],
        [Language.Fr] = ["nom", "noms", "apparaît", "apparaissent", "figure", "figurent"],
        [Language.Ar] = ["اسم", "يرد", "ترد", "وردت", "تشير", "يشير", "أشارت", "أشار", "يظهر", "تظهر"],
    };

    private static readonly Dictionary<Language, string[]> CountryWordsAsTyped = new()
    {
        [Language.En] = ["country", "countries", "countrys", "state", "states", "nation", "nations"],
        [Language.Fr] = ["pays", "État", "États", "etats", "nation", "nations"],
        [Language.Ar] = ["دول", "الدول", "دولة", "الدولة", "بلدان", "البلدان", "بلد"],
    };

    /// <summary>
    /// "Which States sit on the committee?", « Quels pays y siègent ? », "ما الدول الأعضاء فيها؟": belonging is what is
    /// asked; the clause that lists the members says "composed of" or nothing at all.
    /// </summary>
    private static readonly Dictionary<Language, string[]> MembershipWordsAsTyped = new()
    {
        [Language.En] = ["sit", "sits", "sitting", "belong", "belongs", "member", "members", "membership"],
        [Language.Fr] = ["siègent", "siéger", "membre", "membres", "composent"],
        [Language.Ar] = ["عضو", "أعضاء", "الأعضاء", "عضوية", "العضوية"],
    };

    /// <summary>« Combien d'États compte le comité ? »: counting is what is asked; no clause says the committee "counts" them.</summary>
    private static readonly Dictionary<Language, string[]> CountingWordsAsTyped = new()
    {
        [Language.En] = [],
        [Language.Fr] = ["compte", "comptent", "compter"],
        [Language.Ar] = [],
    };

    /// <summary>The words of several tables, language by language.</summary>
    private static Dictionary<Language, string[]> Joined(params Dictionary<Language, string[]>[] tables) =>
        tables.SelectMany(t => t).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray());

    private static readonly Dictionary<FactKind, Dictionary<Language, string[]>> AskedForAsTyped = new()
    {
        [FactKind.WhichCountries] = Joined(CountryWordsAsTyped, MembershipWordsAsTyped),
        [FactKind.HowMany] = Joined(CountryWordsAsTyped, MembershipWordsAsTyped, CountingWordsAsTyped),
        [FactKind.Where] = new()
        {
            [Language.En] = ["located", "based", "situated", "location", "housed", "installed"],
            [Language.Fr] = ["trouve", "trouvent", "situe", "situé", "située", "installé", "installée", "basé", "basée", "implanté", "implantée"],
            [Language.Ar] = ["يقع", "تقع", "توجد", "يوجد", "موقع", "مقر", "مقره", "مقرها"],
        },
        // "What name was given to the 38th session?": the name is what is asked; the clause prints it, not "name".
        [FactKind.SessionName] = new()
        {
            [Language.En] = ["name", "named", "called", "title", "titled", "entitled", "given", "known", "theme"],
            [Language.Fr] = ["nom", "appelait", "appelle", "appelée", "intitulée", "titre", "porte", "portait", "porté", "donné", "baptisée", "appellation"],
            [Language.Ar] = ["اسم", "الاسم", "تسمية", "التسمية", "حملته", "حملت", "سميت", "تسمى", "أطلق", "عنوان", "شعار"],
        },
        [FactKind.When] = new()
        {
            // The calendar asked for is how the date is written ("1429 H", "AH"), not a word of the clause.
            [Language.En] = ["date", "dates", "year", "month", "Hijri", "Hegira", "Gregorian", "calendar"],
            [Language.Fr] = ["date", "dates", "année", "mois", "hégire", "hégirien", "hégirienne", "grégorien", "grégorienne", "calendrier"],
            [Language.Ar] = ["تاريخ", "التاريخ", "تواريخ", "التواريخ", "موعد", "عام", "سنة", "شهر", "هجري", "الهجري", "الهجرية", "ميلادي", "الميلادي", "الميلادية"],
        },
    };

    /// <summary>The topic words of a phrase of the question: its analysed words less question words and numbers.</summary>
    private List<string> TopicWords(string phrase, Language language)
    {
        var questionWords = glossary.QuestionWords(language);
        return glossary.Tokens(TextNormalizer.ToAsciiDigits(phrase), language).Where(t => !questionWords.Contains(t) && !t.Any(char.IsDigit)).Distinct().ToList();
    }

    /// <summary>The glossary terms a phrase of the question names, addressees and generic ids left out.</summary>
    private List<string> TopicTermIds(string phrase, Language language) =>
        AddresseesAndTopics(glossary.FindTerms(glossary.Tokens(TextNormalizer.ToAsciiDigits(phrase), language), language).Select(t => t.Id)).TermIds;

    /// <summary>Whom and which actions the left-out words name ("member States", "merely encouraging them", « des exhortations »).</summary>
    private LeftOutClauses LeftOut(string words, Language language)
    {
        if (words.Length == 0)
            return LeftOutClauses.None;
        var tokens = glossary.Tokens(TextNormalizer.ToAsciiDigits(words), language);
        var (addressee, _) = AddresseesAndTopics(glossary.FindTerms(tokens, language).Select(t => t.Id));
        return new LeftOutClauses(addressee, OperativeActions(glossary.FindActions(tokens, language)).ToList());
    }

    /// <summary>
    /// The sessions a question is about, beside its scope: another body's ("the ninth session of COMIAC"), and its scope
    /// session itself when it asks that session's date or place and names nothing else but places ("where did the 38th
    /// CFM meet?", « à quelles dates la 38e session s'est-elle réunie à Astana ? »).
    /// </summary>
    /// <param name="termIds">The question's terms, places left out.</param>
    private static List<int> TopicSessions(string topicText, int? scope, FactKind fact, IReadOnlyList<string> termIds)
    {
        var sessions = ReferenceParser.AllSessions(topicText).Where(n => n != scope).ToList();
        if (fact is FactKind.When or FactKind.Where or FactKind.SessionName && scope is { } own && termIds.Count == 0)
            sessions.Add(own);
        return sessions;
    }

    /// <summary>
    /// A verb a question uses to ask in general is not the one verb a clause prints: « que demande la 38/1 … ? » asks
    /// what the resolution asks, though its clauses print « Demande » for "calls upon"; "كل المطالب" is all it asks, not
    /// what it demands. An action matched by words that are also a verb of asking in general is read as that.
    /// </summary>
    private List<TermMatch> GenericAsks(IReadOnlyList<TermMatch> actions, IReadOnlyList<string> tokens, Language language) =>
        actions.Select(a => glossary.IsGenericAsk(tokens, a, language) ? a with { Id = DomainGlossary.AsksAction } : a).ToList();

    /// <summary>The actions the glossary matches name, once each, in order; a match naming no <see cref="OperativeAction"/> left out.</summary>
    private static IEnumerable<OperativeAction> OperativeActions(IEnumerable<TermMatch> actions) =>
        actions.Select(a => Enum.TryParse<OperativeAction>(a.Id, out var action) ? action : OperativeAction.None)
            .Where(a => a is not OperativeAction.None).Distinct();

    private const string MediaTermId = nameof(Addressee.Media);

    /// <summary>
    /// Whether the question names the media of the member States: the media, then the States, at most one word between
    /// ("وسائل الإعلام والاتصال في الدول الأعضاء", « les médias des États membres »), or in English the States' media
    /// ("member States' newspapers and broadcasters"). "التنسيق بين الدول الأعضاء في مجالي الإعلام" coordinates the States.
    /// </summary>
    private static bool MediaOfMemberStates(IReadOnlyList<TermMatch> terms, Language language) =>
        terms.Any(media => media.Id == MediaTermId
                           && terms.Any(states => states.Id == nameof(Addressee.MemberStates)
                                                  && (states.Start - media.End is 0 or 1 || (language == Language.En && media.Start - states.End is 0 or 1))));

    /// <summary>Glossary ids split into whom the question is about and what: addressees are flags, topics stay ids.</summary>
    private static (Addressee Addressee, List<string> TermIds) AddresseesAndTopics(IEnumerable<string> ids)
    {
        var addressee = Addressee.None;
        var topics = new List<string>();
        foreach (var id in ids)
        {
            // The media in a question are what it is about ("what did they say about the media?"), unless it names
            // the States' media (MediaOfMemberStates).
            if (AddresseeIds.Parse(id) is var named && named is not (Addressee.None or Addressee.Media))
                addressee |= named;
            else if (!GenericTermIds.Contains(id) && !topics.Contains(id))
                topics.Add(id);
        }
        return (addressee, topics);
    }

    /// <summary>
    /// Glossary terms written in another language inside the question: "OIC-CERT" or "MoU" in Arabic, "صندوق التضامن
    /// الرقمي" in English, "Computer Emergency Response Team" in French. Ids already found in the question's own
    /// language are not repeated.
    /// </summary>
    private List<string> ForeignTerms(string text, Language language, IReadOnlyList<TermMatch> own)
    {
        var found = new List<string>();
        // An Arabic noun may carry a one-letter preposition the analyzer keeps ("بيوم المنظمة", "لفريق"): read the
        // question once more without it, for glossary terms only (content words keep the text as written).
        if (language == Language.Ar)
        {
            foreach (var term in glossary.FindTerms(glossary.Tokens(ArabicProclitic.Replace(text, ""), language), language))
            {
                if (own.All(t => t.Id != term.Id) && !found.Contains(term.Id))
                    found.Add(term.Id);
            }
        }
        // French elides its articles onto the next word ("l'Islamic States Broadcasting Union"): another language's
        // analyzer would read "l'islamic" as one word.
        var unelided = language == Language.Fr ? FrenchElision().Replace(text, "") : text;
        foreach (var other in LanguageCodes.All.Where(l => l != language))
        {
            var tokens = glossary.Tokens(unelided, other);
            foreach (var term in glossary.FindTerms(tokens, other))
            {
                if (own.All(t => t.Id != term.Id) && !found.Contains(term.Id) && !IsStopWordLookAlike(term, tokens, other, language, unelided))
                    found.Add(term.Id);
            }
        }
        return found;
    }

    /// <summary>
    /// A one-word match made only by a word that is a stop word of the question's own language: the English analyzer
    /// reads the French article "une" as "un", the United Nations' "UN", and "Le Conseil a-t-il exprimé une
    /// inquiétude ?" is not about the United Nations. A word the question's language keeps ("sg" typed for the
    /// Secretary-General) still reads as the term.
    /// </summary>
    private bool IsStopWordLookAlike(TermMatch match, IReadOnlyList<string> tokens, Language other, Language language, string text)
    {
        if (match.End - match.Start != 1)
            return false;
        var making = Word().Matches(text).Select(m => m.Value).Where(w => glossary.Tokens(w, other) is [var only] && only == tokens[match.Start]).ToList();
        return making.Count > 0 && making.All(w => glossary.Tokens(w, language).Count == 0);
    }

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex Word();

    /// <summary>The question's text with the other languages' spellings of <paramref name="foreignTerms"/> taken out, longest first.</summary>
    private string WithoutForeignSpellings(string text, IReadOnlyList<string> foreignTerms) =>
        RemoveSpellings(text, foreignTerms.SelectMany(id => glossary.Terms[id].Variants.Values.SelectMany(v => v)));

    /// <summary>The text with <paramref name="language"/>'s spellings of the terms <paramref name="ids"/> taken out.</summary>
    private string WithoutSpellings(string text, IEnumerable<string> ids, Language language) =>
        RemoveSpellings(text, ids.Distinct().SelectMany(id => glossary.Terms[id].Variants[language]));

    private static string RemoveSpellings(string text, IEnumerable<string> spellings)
    {
        foreach (var spelling in spellings.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(v => v.Length))
        {
            var at = text.IndexOf(spelling, StringComparison.OrdinalIgnoreCase);
            // Whole words only: "MoU" is a spelling, the "mou" inside "moutons" is not.
            while (at >= 0)
            {
                var end = at + spelling.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    text = text[..at] + " " + text[end..];
                    at = text.IndexOf(spelling, at + 1, StringComparison.OrdinalIgnoreCase);
                }
                else
                    at = text.IndexOf(spelling, end, StringComparison.OrdinalIgnoreCase);
            }
        }
        return text;
    }

    /// <summary>
    /// "What is 242 paragraph 2 (b) about?": a bare number is a resolution only when the corpus holds one by that
    /// short form, and it is neither a paragraph's number nor part of a date or a pair.
    /// </summary>
    private static List<string> BareNumbers(string question, ResolutionCorpus corpus)
    {
        var text = TextNormalizer.ToAsciiDigits(ReferenceParser.WithoutParagraphs(question));
        return BareNumber().Matches(text).Select(m => corpus.FindByShortForm(m.Value)).Where(found => found.Count == 1)
            .Select(found => found[0].Key).Distinct().ToList();
    }

    [GeneratedRegex(@"(?<![\d/.\-:])\d{2,4}(?![\d/.\-:])")]
    private static partial Regex BareNumber();

    private static bool IsYear(string token) => token.Length == 4 && token.All(char.IsAsciiDigit) && token[0] is '1' or '2';

    private static bool IsForeignScript(string token, Language language) =>
        language == Language.Ar ? token.Any(char.IsAsciiLetter) : token.Any(c => c is >= '؀' and <= 'ۿ');

    /// <summary>
    /// Each reference resolved against the corpus: "38/4" and "4/38" name the same OIC resolution in different
    /// languages' order, "58/85" the General Assembly's A/RES/58/85, "242" the Security Council's S/RES/242 (1967),
    /// when the corpus holds them. A reference that matches nothing is reported as the user would recognise it.
    /// </summary>
    private static (List<string> Known, List<string> Unknown) ResolveResolutions(IReadOnlyList<ResolutionReference> references, ResolutionCorpus corpus)
    {
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var reference in references)
        {
            var matches = Candidates(reference, corpus);
            if (matches.Count > 0)
            {
                foreach (var match in matches.Where(m => !known.Contains(m.Key)))
                    known.Add(match.Key);
                continue;
            }
            // "38-4" or "38.3" without the word "resolution" is a resolution only when the corpus holds it.
            if (reference.Loose)
                continue;
            var name = UnknownName(reference, corpus.Sessions);
            if (!unknown.Contains(name))
                unknown.Add(name);
        }
        return (known, unknown);
    }

    private static List<Resolution> Candidates(ResolutionReference reference, ResolutionCorpus corpus)
    {
        if (reference.Symbol is { } symbol)
            return corpus.FindResolution(symbol) is { } exact ? [exact] : [.. corpus.FindByShortForm(symbol)];
        if (reference.Ordinal)
        {
            // "The fourth resolution", counted in the order its document prints them, in the latest session's
            // document that has that many.
            var document = corpus.Documents.Where(d => d.ResolutionKeys.Count >= reference.First).MaxBy(d => d.Session ?? 0);
            return document is not null && corpus.FindResolution(document.ResolutionKeys[reference.First - 1]) is { } placed ? [placed] : [];
        }

        var forms = reference.Second is null
            ? reference.Qualifier is { } qualifier ? [$"{reference.First} ({qualifier})"] : new[] { reference.First.ToString() }
            : reference.SessionFirst switch
            {
                true => [reference.SessionFirstKey],
                false => [reference.NumberFirstKey],
                null => new[] { reference.SessionFirstKey, reference.NumberFirstKey },
            };
        foreach (var form in forms)
        {
            // A key the corpus holds is that resolution whatever body the question names elsewhere ("what does 38/4
            // ask of the Security Council?"); the body only chooses among short forms several bodies share.
            if (corpus.FindResolution(form) is { } byKey)
                return [byKey];
            // "58-85" is not A/RES/58/85: only a key the corpus holds as typed is read from a loose pair.
            if (reference.Loose)
                continue;
            var shared = corpus.FindByShortForm(form);
            var found = shared.Count > 1 && reference.Body is not null ? shared.Where(r => ResolutionKeys.BodyOf(r.Key) == reference.Body).ToList() : [.. shared];
            if (found.Count > 0)
                return found;
        }
        return reference is { Second: null, Qualifier: null, Loose: false } && reference.Body is null or "OIC" ? NumberedInItsSession(reference.First, corpus) : [];
    }

    /// <summary>
    /// "res 1", "resolution 3": OIC documents number their resolutions within a session ("1/38-INF"), and users name
    /// them by that number alone. Read so only when one session's document holds a resolution with that number:
    /// with two sessions' "resolution 1", the number alone does not say which.
    /// </summary>
    private static List<Resolution> NumberedInItsSession(int number, ResolutionCorpus corpus)
    {
        var numbered = corpus.Documents.Where(d => d.Session is not null)
            .Select(d => corpus.FindResolution($"{d.Session}/{number}"))
            .OfType<Resolution>()
            .Distinct()
            .Take(2)
            .ToList();
        return numbered.Count == 1 ? numbered : [];
    }

    private static string UnknownName(ResolutionReference reference, IReadOnlySet<string> sessions)
    {
        if (reference.Second is null)
            return reference.Display;
        if (reference.SessionFirst == false)
            return reference.NumberFirstKey;
        return reference.SessionFirst is null && !sessions.Contains(reference.First.ToString()) && sessions.Contains(reference.Second.Value.ToString())
            ? reference.NumberFirstKey
            : reference.SessionFirstKey;
    }

    [GeneratedRegex(@"(?<!\p{L})(?:[ldjcnmst]|qu)['’](?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchElision();

    private static readonly Regex ArabicProclitic = SpellingVariants.Regex(@"(?<![\p{L}])[بلك](?=[\u0621-\u064A]{3,})");
}
