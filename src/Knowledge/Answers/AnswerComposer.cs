using ResBot.Knowledge.Glossary;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Answers;

/// <summary>
/// Chooses the clauses that answer a question and quotes them. Every clause comes straight from the corpus,
/// so every citation exists; when nothing answers, the answer says so and cites nothing.
/// </summary>
public sealed class AnswerComposer(KnowledgeBase knowledge)
{
    /// <summary>Resolutions searched one by one for a question; more in scope and one corpus-wide search is filtered instead.</summary>
    private const int MaxSearchesPerQuestion = 20;

    /// <summary>Most clauses a topic answer quotes: beyond that, the user should narrow the question.</summary>
    private const int MaxTopicClauses = 6;

    /// <summary>Most clauses an answer over more resolutions than <see cref="MaxSearchesPerQuestion"/> quotes; it says how many more match and how to narrow.</summary>
    private const int MaxWideClauses = 10;

    /// <summary>The head of the matches a wide topic question ranks for relevance: BM25's tail is cut by the score floor anyway.</summary>
    private const int WideCandidates = 200;

    /// <summary>A topic hit must score at least this share of the best hit: the tail of BM25 is noise. Fitted on the
    /// train split of eval/questions.jsonl (0.5: 96, 0.6: 101, 0.7: 100 of 123 exact).</summary>
    private const float RelativeScoreFloor = 0.6f;

    /// <summary>
    /// The same floor among candidates already chosen by whom they address or what they do ("what are member States
    /// asked to send …?"): they all share the question's addressee, so only its topic words tell them apart, and a
    /// clause well behind the best on those is a neighbour. Fitted on the train split of eval/questions.jsonl (528
    /// questions: 0.6: 439, 0.7: 440, 0.75: 440, 0.8: 445, 0.85: 442, 0.9: 440 exact).
    /// </summary>
    private const float CandidateScoreFloor = 0.8f;

    /// <summary>Share of the question's content words a clause must contain, when no glossary term links them.</summary>
    private const double MinimumCoverage = 0.6;

    /// <summary>
    /// A clause holding less than <see cref="MinimumCoverage"/> still answers when it holds this share and outscores
    /// every other candidate by <see cref="StandOutRatio"/>: a paraphrase shares few words with its clause, but those it
    /// shares are the rare ones, and no other clause comes close. Fitted on the train split of eval/questions.jsonl
    /// (coverage 0.2–0.4 and ratio 1.6–2 all gave 341–342 of 438 exact against 337 without; none answered a not-found).
    /// </summary>
    private const double StandOutCoverage = 0.3;

    private const float StandOutRatio = 2f;

    /// <summary>
    /// The same ratio among candidates the question has already narrowed to (a part of one resolution, its citing
    /// paragraphs, the clauses addressed to someone): fewer rivals, so a smaller lead stands out. Fitted on the train
    /// split of eval/questions.jsonl (708 questions: 2: 609, 1.6: 609, 1.4: 610, 1.3: 610, 1.2: 610 exact; precision
    /// 91.4 % at 2, 92.7 % from 1.4 down).
    /// </summary>
    private const float CandidateStandOutRatio = 1.4f;

    /// <summary>
    /// Among clauses that answer a question of at least <see cref="CoverageFloorWords"/> topic words, one holding less
    /// than this share of the words the best-covering clause holds, and nothing of the question it lacks, is a
    /// neighbour sharing a term, not the answer. Fitted on the train split of eval/questions.jsonl (618 questions:
    /// without it 525 exact; share 0.5: 526, 0.6: 528, 0.7: 528; 0.6 with 2, 3 or 4 words: 528, 528, 527).
    /// </summary>
    private const double CoverageFloorShare = 0.6;

    private const int CoverageFloorWords = 3;

    /// <summary>Most clauses a one-fact answer may quote and still lead with the fact: beyond that it is an overview.</summary>
    private const int MaxFactClauses = 3;

    private readonly FactLocator _facts = new(knowledge.Glossary);

    public Answer Compose(string question, QuestionIntent intent) => WithFact(ComposeClauses(question, intent), intent);

    /// <summary>
    /// "When is OIC Day?": the words of each quoted clause that state the fact are highlighted, and the lead states the
    /// first clause's fact with its citation. Clauses that hold no fact of the kind asked are quoted as they are.
    /// </summary>
    private Answer WithFact(Answer answer, QuestionIntent intent)
    {
        if (intent.Fact == FactKind.None || answer.Outcome != AnswerOutcome.Found)
            return answer;
        var clauses = new List<QuotedClause>(answer.Clauses.Count);
        (QuotedClause Clause, TextSpan Fact)? first = null;
        var facts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in answer.Clauses)
        {
            var topic = clause.TextLanguage == intent.QuestionLanguage ? intent.ContentTokens : [];
            if (_facts.Locate(intent.Fact, clause.Text, clause.TextLanguage, topic, intent.TermIds, intent.TopicSessions, intent.AsksHijri, intent.Numbers,
                    clause.TextLanguage == intent.QuestionLanguage ? intent.Synonyms : []) is { Fact: { } fact })
            {
                first ??= (clause, fact);
                facts.Add(fact.Of(clause.Text));
                clauses.Add(clause with { Highlights = [fact] });
            }
            else
                clauses.Add(clause);
        }
        // Many clauses stating several facts are an overview; many stating one fact (the four opening paragraphs of a
        // session's resolutions, each naming where it met) still answer with it.
        if (first is not { } stated || (answer.Clauses.Count > MaxFactClauses && (facts.Count > 1 || clauses.Any(c => c.Highlights.Count == 0))))
            return answer;
        var count = new ClauseCount(clauses.Count(c => c.Citation.Kind == ParagraphKind.Preambular), clauses.Count(c => c.Citation.Kind == ParagraphKind.Operative));
        var stating = stated.Fact.Of(stated.Clause.Text);
        // "How many countries sit on the committee?" answered by the list that names them: the lead counts the names.
        if (intent.Fact == FactKind.HowMany && !stating.Any(char.IsDigit) && FactLocator.NamesListed(stating) is > 1 and var names)
            stating = AnswerTexts.CountedNames(names, stating, answer.Language);
        // "How many resolutions …?": the count and the symbols, without the titles printed between them.
        if (intent.Fact == FactKind.HowManyResolutions && FactCue.CitedResolutions(stating).Select(m => m.Value).Distinct().ToList() is { Count: > 0 } cited)
            stating = AnswerTexts.CountedResolutions(cited.Count, string.Join(answer.Language == Language.Ar ? "، " : ", ", cited), answer.Language);
        var lead = AnswerTexts.Fact(stating, stated.Clause.Citation.Resolution, stated.Clause.Citation.Paragraph, count, answer.Language);
        return answer with { Lead = lead, Clauses = clauses };
    }

    private Answer ComposeClauses(string question, QuestionIntent intent)
    {
        var corpus = knowledge.Corpus;
        var language = intent.Language;

        if (intent.UnknownResolutions.Count > 0 && intent.Resolutions.Count == 0)
            return AnswerAboutMissing(question, intent, corpus);
        if (intent.SessionMissing && intent.Resolutions.Count == 0)
            return AnswerAboutMissingSession(question, intent, corpus);

        if (intent.Paragraphs.Count > 0)
            return AnswerParagraphs(question, intent, corpus);

        // "What did the resolutions say about Jakarta's media?": no paragraph names Jakarta, so none answers, however
        // many speak of the media.
        if (intent.Names.Any(name => !knowledge.Index.Mentions(name)))
            return NotFound(question, language, AnswerTexts.NotFound(language), AnswerTexts.NotFoundHint(ExistingResolutions(corpus), language));

        var resolutions = intent.Resolutions.Select(k => corpus.FindResolution(k)!).ToList();
        if (intent.Citation != CitationQuestion.None && resolutions.Count == 1)
            return AnswerCitations(question, intent, resolutions[0], corpus);

        if (intent.Body is { } body && resolutions.Count == 0)
        {
            // "What did the Security Council demand …?" is answered from the Security Council's resolutions or not at all.
            var ofBody = corpus.ResolutionsOf(body);
            if (ofBody.Count == 0)
                return NotFound(question, language, AnswerTexts.NoResolutionsOfBody(body, language), AnswerTexts.NotFoundHint(ExistingResolutions(corpus), language));
            if (ofBody.Count < corpus.Resolutions.Count)
                resolutions = [.. ofBody];
        }
        return AnswerWithin(question, intent, resolutions, corpus);
    }

    /// <summary>
    /// What was asked, decided, condemned …, else an overview, else the topic. A verb a question uses loosely ("what
    /// did the Council decide about OIC Day?", "quelles inquiétudes exprime-t-elle") that no clause opens with is
    /// not a reason to say "not found": the topic is searched instead.
    /// </summary>
    private Answer AnswerWithin(string question, QuestionIntent intent, List<Resolution> resolutions, ResolutionCorpus corpus)
    {
        if (IsSessionFact(intent.Fact) && intent.Session is { } session && !intent.HasTopic)
            return AnswerSessionFact(question, intent, session, resolutions);
        // "How many computers is the programme supposed to provide?" asks a number, not what was asked of whom.
        var asksAFact = intent.Fact is FactKind.When or FactKind.Where or FactKind.HowMany or FactKind.HowMuch or FactKind.WhichCountries or FactKind.Name or FactKind.SessionName or FactKind.Chair or FactKind.HowManyResolutions;
        if ((intent.AsksForDirectives || intent.Actions.Count > 0) && !asksAFact)
        {
            // "What does the Council want done about the distorted image of Islam?" asks of no one in particular:
            // when no directive clause holds the topic, the clauses on it answer (here a "takes note" clause).
            var asked = AnswerWhatWasAsked(question, intent, resolutions, corpus);
            if (asked.Outcome == AnswerOutcome.Found || (intent.AsksForDirectives && (intent.Addressee != Addressee.None || !intent.HasTopic)))
                return asked;
        }

        if (resolutions.Count > MaxSearchesPerQuestion && !intent.HasTopic && intent.Addressee == Addressee.None && intent.Body is not null)
            return AnswerAcross(question, intent, ClauseQuery.ForTopic([], [], intent.QuestionLanguage, [], kind: ParagraphKind.Operative) with { Body = intent.Body }, corpus);
        if (resolutions.Count > 0 && !intent.HasTopic && intent.Addressee == Addressee.None)
        {
            // "What does 38/4 recall?", "what did 38/1 welcome?": the clauses of either part that open with that verb.
            if (intent.Actions.Count > 0 && resolutions.Count <= MaxSearchesPerQuestion
                && resolutions.SelectMany(r => r.Paragraphs.Where(p => OpensWith(p, intent.Actions, intent.QuestionLanguage)).Select(p => (r, p))).ToList() is { Count: > 0 } opening)
                return FoundOnTopic(question, intent.Language, opening);
            return Overview(question, intent.Language, resolutions);
        }

        return AnswerTopic(question, intent, resolutions, corpus);
    }

    /// <summary>
    /// A resolution the corpus lacks may still be cited by one it holds: "37/3 is not in the corpus; 38/4 refers to
    /// it in PP1" quotes the citing paragraphs. Only when nothing cites it is the answer a bare "not found".
    /// </summary>
    private Answer AnswerAboutMissing(string question, QuestionIntent intent, ResolutionCorpus corpus)
    {
        var language = intent.Language;
        var missing = string.Join(", ", intent.UnknownResolutions);
        var citing = intent.UnknownResolutions.SelectMany(corpus.CitingParagraphs).DistinctBy(c => ClauseIndex.Id(c.Resolution, c.Paragraph)).ToList();
        if (citing.Count == 0)
            return NotFound(question, language, AnswerTexts.UnknownResolution(missing, ExistingResolutions(corpus), language));
        // "Resolution 8/1-INF of COMIAC": two bodies each have an 8/1-INF, and the question says whose.
        var bodies = intent.TermIds.Where(id => knowledge.Glossary.Terms.TryGetValue(id, out var term) && term.IsBody).ToList();
        if (bodies.Count > 0 && citing.Where(c => bodies.Any(c.Paragraph.Terms.Contains)).ToList() is { Count: > 0 } ofBody)
            citing = ofBody;
        return FoundCapped(question, language, (keys, count) => AnswerTexts.CitedButMissing(missing, keys, count, language), citing);
    }

    /// <summary>
    /// "Which resolution of the 34th session created COMIAC's secretariat?": a session the corpus lacks may be cited by
    /// the resolutions it holds. The citing paragraphs on the question's topic are quoted; when none is, the answer
    /// says the session is not in the corpus.
    /// </summary>
    private Answer AnswerAboutMissingSession(string question, QuestionIntent intent, ResolutionCorpus corpus)
    {
        var language = intent.Language;
        var session = intent.Session!.Value;
        var citing = corpus.CitingSession(session).ToList();
        // "Dans quelle ville s'est réunie la 36e session ?": the corpus holds none of its resolutions, but the clauses
        // citing them say where and when it met.
        if (IsSessionFact(intent.Fact) && StatingSessionFact(intent, session, citing) is { Count: > 0 } stating)
            return FoundOnTopic(question, language, stating);
        if (citing.Count > 0 && intent.HasTopic)
            citing = RankWithin(intent, citing);
        if (citing.Count == 0)
        {
            var sessions = string.Join(", ", corpus.Documents.Select(d => d.Session).OfType<int>().Distinct().Order());
            return NotFound(question, language, AnswerTexts.NoSuchSession(session, sessions, language));
        }
        return FoundCapped(question, language, (keys, count) => AnswerTexts.SessionCitedButMissing(session, keys, count, language), citing);
    }

    /// <summary>The paragraphs of <paramref name="paragraphs"/> that cite a resolution of <paramref name="session"/> ("34/2").</summary>
    private static List<(Resolution Resolution, Paragraph Paragraph)> CitingSession(IEnumerable<(Resolution Resolution, Paragraph Paragraph)> paragraphs, int session)
    {
        var prefix = $"{session}/";
        return paragraphs.Where(x => x.Paragraph.Cites.Any(c => c.StartsWith(prefix, StringComparison.Ordinal))).ToList();
    }

    /// <summary>"Which earlier resolutions does 38/4 build on?" and "what followed 37/3?", from the references each paragraph prints.</summary>
    private Answer AnswerCitations(string question, QuestionIntent intent, Resolution resolution, ResolutionCorpus corpus)
    {
        var language = intent.Language;
        if (intent.Citation == CitationQuestion.EarlierResolutions)
        {
            var own = ResolutionKeys.ShortForms(resolution.Key).Append(resolution.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var citing = resolution.Paragraphs.Where(p => p.Cites.Any(c => !own.Contains(c))).Select(p => (resolution, p)).ToList();
            if (citing.Count == 0)
                return NotFound(question, language, AnswerTexts.NoEarlierResolutions(resolution.Key, language));
            // "Which resolution of the 33rd session on the information society does 38/3 build on?" names the one wanted.
            if (intent.Session is { } session && CitingSession(citing, session) is { Count: > 0 } ofSession)
                citing = ofSession;
            if (intent.HasTopic && citing.Count > 1 && RankWithin(intent, citing) is { Count: > 0 } onTopic)
                citing = onTopic;
            // "On which decision of the Makkah extraordinary summit does 38/3 rest?": a paragraph of the preamble may
            // name what it rests on without a symbol; when none citing one is on the question's topic, that one answers.
            else if (intent.HasTopic && citing.Count > 1
                     && RankWithin(intent, resolution.Paragraphs.Where(p => p.Kind == ParagraphKind.Preambular).Select(p => (resolution, p)).ToList()) is { Count: > 0 } named)
                return FoundOnTopic(question, language, named);
            var cited = string.Join(", ", citing.SelectMany(c => c.p.Cites).Where(c => !own.Contains(c)).Distinct());
            return Found(question, language, AnswerTexts.BuildsOn(resolution.Key, cited, ClauseCount.Of(citing), language), citing, [resolution.Key]);
        }

        var later = ResolutionKeys.ShortForms(resolution.Key).Append(resolution.Key)
            .SelectMany(corpus.CitingParagraphs)
            .Where(c => c.Resolution.Key != resolution.Key)
            .DistinctBy(c => ClauseIndex.Id(c.Resolution, c.Paragraph))
            .ToList();
        if (later.Count == 0)
            return NotFound(question, language, AnswerTexts.NotFound(language), AnswerTexts.NotFoundHint(ExistingResolutions(corpus), language));
        return FoundCapped(question, language, (keys, count) => AnswerTexts.ReferredToBy(resolution.Key, string.Join(", ", keys), count, language), later);
    }

    /// <summary>"Nothing in the corpus answers this", with the resolutions it holds: for a question that asks nothing.</summary>
    public Answer NotFoundAnswer(string question, Language language) =>
        NotFound(question, language, AnswerTexts.NotFound(language), AnswerTexts.NotFoundHint(ExistingResolutions(knowledge.Corpus), language));

    public Answer WholeResolution(string question, Resolution resolution, Language language) =>
        Found(question, language, AnswerTexts.WholeResolution(Title(resolution, language), ClauseCount.Of(resolution.Paragraphs), language),
            resolution.Paragraphs.Select(p => (resolution, p)).ToList(), [resolution.Key]);

    public Answer SelectedParagraphs(string question, Resolution resolution, IReadOnlyList<Paragraph> paragraphs, Language language) =>
        Found(question, language, AnswerTexts.Requested(Title(resolution, language), language),
            paragraphs.Select(p => (resolution, p)).ToList(), [resolution.Key]);

    public QuotedClause Quote(Resolution resolution, Paragraph paragraph, Language language)
    {
        var authoritative = AuthoritativeLanguage(resolution);
        var textLanguage = paragraph.Texts.ContainsKey(language) ? language
            : paragraph.Texts.ContainsKey(authoritative) ? authoritative
            : paragraph.Texts.Keys.First();
        return new QuotedClause(
            new Citation(resolution.DocumentSymbol, resolution.Key, paragraph.Key, paragraph.Kind),
            paragraph.Texts[textLanguage],
            textLanguage,
            IsAuthoritative: textLanguage == authoritative);
    }

    private Answer AnswerParagraphs(string question, QuestionIntent intent, ResolutionCorpus corpus)
    {
        var language = intent.Language;
        // "In its preamble, what threats does the cyber resolution worry about?": a part of no resolution named, with a
        // topic, is that part of whichever resolution holds the topic; only a part and nothing else needs to ask which.
        if (intent.Resolutions.Count != 1 && intent.Paragraphs is [ParagraphSelectors.Preamble] && intent.HasTopic)
            return AnswerWithin(question, intent with { Paragraphs = [], AboutPreamble = true },
                intent.Resolutions.Select(k => corpus.FindResolution(k)!).ToList(), corpus);
        // "Section A, please": of no resolution named, the one resolution that prints that section, when only one does.
        if (intent.Resolutions.Count == 0 && OnlyResolutionWithSections(intent.Paragraphs, corpus) is { } holder)
            intent = intent with { Resolutions = [holder.Key] };
        if (intent.Resolutions.Count != 1)
            return NotFound(question, language, AnswerTexts.ParagraphNeedsResolution(string.Join(", ", intent.Paragraphs.Select(ParagraphSelectors.Describe)), ExistingResolutions(corpus), language));

        var resolution = corpus.FindResolution(intent.Resolutions[0])!;
        var resolved = intent.Paragraphs.Select(k => (Reference: k, Paragraphs: ParagraphSelectors.Resolve(resolution, k))).ToList();
        var found = resolved.SelectMany(r => r.Paragraphs).Distinct().ToList();
        var missing = resolved.Where(r => r.Paragraphs.Count == 0).Select(r => r.Reference).ToList();
        if (found.Count == 0)
            return UnknownParagraphs(question, resolution, missing, language);

        // "What does the preamble of 38/4 say about resolution 35/3-INF?": the part's clauses that cite it.
        if (intent.UnknownResolutions.Count > 0 && found.Count > 1 && intent.Paragraphs.All(ParagraphSelectors.IsSelector)
            && found.Where(p => p.Cites.Any(intent.UnknownResolutions.Contains)).ToList() is { Count: > 0 } citing)
            found = citing;
        // "What reports does the preamble of 242 recall?": a part named with a topic quotes the clauses of that part on it.
        if (intent.HasTopic && found.Count > 1 && intent.Paragraphs.All(ParagraphSelectors.IsSelector))
        {
            var ranked = RankWithin(intent, found.Select(p => (resolution, p)).ToList());
            if (ranked.Count > 0)
                found = ranked.Select(r => r.Paragraph).ToList();
        }
        // "What does the preamble of 38/1 recall?": the part's clauses that open with that verb ("Recalling …").
        if (intent.Actions.Count > 0 && found.Count > 1 && intent.Paragraphs.All(ParagraphSelectors.IsSelector)
            && found.Where(p => OpensWith(p, intent.Actions, intent.QuestionLanguage)).ToList() is { Count: > 0 } opening)
            found = opening;
        var answer = SelectedParagraphs(question, resolution, found, language);
        // "Operative paragraph 1" of a resolution that numbers its operative paragraphs from 5 is read as the first
        // of them, and the answer says which one that is rather than leaving the user to notice.
        var inOrder = resolved.Where(r => ParagraphSelectors.ReadInOrder(resolution, r.Reference, r.Paragraphs))
            .Select(r => AnswerTexts.ReadInOrder(resolution.Key, ParagraphSelectors.PositionOf(r.Reference)!.Value, r.Paragraphs[0].Key, language)).ToList();
        if (missing.Count > 0)
            inOrder.Add(UnknownParagraphHint(resolution, missing, language));
        return inOrder.Count == 0 ? answer : answer with { Notes = [.. answer.Notes, .. inOrder] };
    }

    /// <summary>"38/4 has no paragraph 12", with the paragraphs it has: for references none of which <paramref name="resolution"/> holds.</summary>
    public Answer UnknownParagraphs(string question, Resolution resolution, IReadOnlyList<string> references, Language language) =>
        NotFound(question, language, UnknownParagraphHint(resolution, references, language));

    private static string UnknownParagraphHint(Resolution resolution, IReadOnlyList<string> references, Language language) =>
        AnswerTexts.UnknownParagraph(resolution.Key, string.Join(", ", references.Select(ParagraphSelectors.Describe)), string.Join(", ", resolution.Operative.Select(p => p.Key)), language);

    /// <summary>"What did 38/4 ask member states to do?": all and only the operative paragraphs that address them.</summary>
    private Answer AnswerWhatWasAsked(string question, QuestionIntent intent, List<Resolution> resolutions, ResolutionCorpus corpus)
    {
        var language = intent.Language;
        var wide = resolutions.Count == 0 ? corpus.Resolutions.Count > MaxSearchesPerQuestion : resolutions.Count > MaxSearchesPerQuestion && intent.Body is not null;
        if (wide)
            return AnswerAcross(question, intent, AskedQuery(intent) with { Body = resolutions.Count == 0 ? null : intent.Body }, corpus);
        var scope = resolutions.Count > 0 ? resolutions : corpus.Resolutions.ToList();
        var candidates = scope
            .SelectMany(r => r.Operative.Select(p => (Resolution: r, Paragraph: p)))
            .Where(x => intent.Actions.Count == 0 ? IsAskedOf(x.Paragraph, intent) || DirectsAfterItsOpening(x.Paragraph, intent) : IsActedOn(x.Paragraph, intent))
            .Where(x => !intent.LeftOut.Excludes(x.Paragraph))
            .ToList();

        // "Who is asked to report …?" names the one a clause's opening verb asks to act: "Notes … and calls upon them
        // to cooperate" asks too, but does not say who reports; so those clauses are ranked first, when there are some.
        var opening = intent.Fact == FactKind.WhoIsAsked ? candidates.Where(c => IsDirective(c.Paragraph.Action)).ToList() : [];

        if (intent.HasTopic && candidates.Count > 0)
        {
            var ranked = opening.Count > 0 && RankWithin(intent, opening) is { Count: > 0 } openingRanked ? openingRanked : RankWithin(intent, candidates);
            // Nothing ranks on the topic: the clauses asked for still answer when the topic is only the question's wording
            // ("compare what 38/3 and 38/4 ask …"), not when it names a term none of them (nor their titles) holds: "did the session adopt
            // a resolution on the protection of journalists?" is not answered by the one approving other resolutions.
            if (ranked.Count > 0)
                candidates = ranked;
            else if (resolutions.Count == 0 || (intent.Resolutions.Count == 0 && TopicTermIds(intent).Any() && !candidates.Any(c => TermsHeld(intent, c.Resolution, c.Paragraph) > 0)))
                candidates = [];
        }

        // "What is the World Digital Solidarity Fund asked to do?": the clauses asking the Fund, not those asking the
        // States to join it.
        if (intent.Addressee == Addressee.None && intent.Fact == FactKind.None && candidates.Count > 1 && AskedBodies(question, intent) is { Count: > 0 } bodies
            && candidates.Where(c => bodies.Any(b => AskedBody.Asks(Text(c.Paragraph, intent.QuestionLanguage), intent.QuestionLanguage, b))).ToList() is { Count: > 0 } askingThem)
            candidates = askingThem;
        var scopeName = resolutions.Count > 0 ? string.Join(", ", resolutions.Select(r => r.Key)) : ExistingResolutions(corpus);
        if (candidates.Count == 0)
        {
            var message = intent.Addressee != Addressee.None
                ? AnswerTexts.NothingAskedOf(scopeName, AnswerTexts.AddresseeName(intent.Addressee, language), language)
                : AnswerTexts.NotFound(language);
            return NotFound(question, language, message);
        }

        var named = candidates.Select(c => c.Resolution.Key).Distinct().ToList();
        // "Did the Council commend the Secretary-General?" quotes commendations: not "what is asked of" him.
        var lead = intent.Actions.Count > 0 ? AnswerTexts.Topic(ClauseCount.Of(candidates), language)
            : intent.Addressee != Addressee.None
            ? AnswerTexts.AskedOf(string.Join(", ", named), AnswerTexts.AddresseeName(intent.Addressee, language), ClauseCount.Of(candidates), language)
            : AnswerTexts.AskedOfAnyone(named, ClauseCount.Of(candidates), language);
        return Found(question, language, lead, candidates, named);
    }

    /// <summary>The bodies (no addressee flag covers) the question names as the ones asked to act.</summary>
    private List<GlossaryTerm> AskedBodies(string question, QuestionIntent intent) =>
        intent.TermIds.Select(id => knowledge.Glossary.Terms.GetValueOrDefault(id)).OfType<GlossaryTerm>()
            .Where(t => t.IsBody && AskedBody.IsAskedIn(question, intent.QuestionLanguage, t)).ToList();

    /// <summary>Corpora up to this many resolutions are read whole to find which one prints a section a question names alone.</summary>
    private const int MaxResolutionsReadForSection = 50;

    /// <summary>
    /// The one resolution that has every section or lettered paragraph <paramref name="references"/> names, in a corpus
    /// small enough to read; null when the references are not all sections, or none or several resolutions have them.
    /// </summary>
    private static Resolution? OnlyResolutionWithSections(IReadOnlyList<string> references, ResolutionCorpus corpus)
    {
        if (references.Count == 0 || !references.All(ParagraphSelectors.NamesSection) || corpus.Resolutions.Count > MaxResolutionsReadForSection)
            return null;
        var holding = corpus.Resolutions.Where(r => references.All(k => ParagraphSelectors.Resolve(r, k).Count > 0)).Take(2).ToList();
        return holding.Count == 1 ? holding[0] : null;
    }

    /// <summary>
    /// A directive clause naming the addressee as its object ("calls upon member States"). Without a known
    /// addressee ("what did 338 call upon the parties to do?"), the verb the question names decides; without
    /// either, any directive clause answers.
    /// </summary>
    private static bool IsAskedOf(Paragraph paragraph, QuestionIntent intent)
    {
        if (intent.Addressee != Addressee.None)
            return (paragraph.Addressees & intent.Addressee) != 0;
        if (intent.DirectiveVerbs.Count > 0)
            return intent.DirectiveVerbs.Contains(paragraph.Action);
        return paragraph.Addressees != Addressee.None || IsDirective(paragraph.Action);
    }

    private static bool IsDirective(OperativeAction action) => DirectiveActions.Contains(action);

    /// <summary>
    /// "Welcomes the secretariat in Dakar …, and calls for strengthening joint Islamic action …": a clause that opens
    /// otherwise and asks further on answers "what does 38/1 call for?", when the question names no one asked (and,
    /// when it names the verb, with that verb).
    /// </summary>
    private bool DirectsAfterItsOpening(Paragraph paragraph, QuestionIntent intent)
    {
        // "Who is asked to support …?" wants the one asked, which such a clause does not name.
        if (intent.Addressee != Addressee.None || intent.Fact is FactKind.WhoIsAsked or FactKind.Who || IsDirective(paragraph.Action))
            return false;
        var language = paragraph.Texts.ContainsKey(intent.QuestionLanguage) ? intent.QuestionLanguage : paragraph.Texts.Keys.First();
        var tokens = knowledge.Glossary.Tokens(Text(paragraph, language), language);
        return knowledge.Glossary.FindActions(tokens, language).Any(a => DomainGlossary.DirectiveActions.Contains(a.Id)
            && (intent.DirectiveVerbs.Count == 0 || (Enum.TryParse<OperativeAction>(a.Id, out var verb) && intent.DirectiveVerbs.Contains(verb))));
    }

    private static readonly OperativeAction[] DirectiveActions =
    [
        OperativeAction.CallsUpon, OperativeAction.Urges, OperativeAction.Requests, OperativeAction.Encourages,
        OperativeAction.Invites, OperativeAction.Demands, OperativeAction.Appeals,
    ];

    /// <summary>
    /// <see cref="IsAskedOf"/> and <see cref="IsActedOn"/> as filters of one index query over the operative clauses,
    /// scored on the question's topic: what answers them over a whole corpus without visiting every clause.
    /// </summary>
    private static ClauseQuery AskedQuery(QuestionIntent intent)
    {
        var query = ClauseQuery.ForTopic(intent.HasTopic ? intent.ContentTokens : [], intent.HasTopic ? intent.Synonyms : [], intent.QuestionLanguage,
            intent.HasTopic ? intent.TermIds : [], kind: ParagraphKind.Operative) with { OtherLanguageTokens = intent.OtherLanguageTokens };
        if (intent.Actions.Count > 0)
            return query with
            {
                Actions = intent.Actions,
                RequiredTermIds = Enum.GetValues<Addressee>().Where(a => a != Addressee.None && intent.Addressee.HasFlag(a)).Select(a => a.ToString()).ToList(),
            };
        if (intent.Addressee != Addressee.None)
            return query with { Addressee = intent.Addressee };
        if (intent.DirectiveVerbs.Count > 0)
            return query with { Actions = intent.DirectiveVerbs.ToList() };
        return query with { Addressee = Addressee.MemberStates | Addressee.SecretaryGeneral | Addressee.GeneralSecretariat | Addressee.NamedBody, Actions = DirectiveActions, AddresseeOrAction = true };
    }

    /// <summary>
    /// A question over more resolutions than can be searched one by one: one filtered index query, the best clauses
    /// quoted (those on the topic, when it has one), and a note with how many more match, where, and how to narrow.
    /// </summary>
    private Answer AnswerAcross(string question, QuestionIntent intent, ClauseQuery query, ResolutionCorpus corpus)
    {
        var language = intent.Language;
        var found = knowledge.Index.SearchCounted(query, intent.HasTopic ? WideCandidates : MaxWideClauses, MostInNamed);
        var hits = intent.HasTopic ? Relevant(intent, found.Hits.ToList()) : found.Hits.ToList();
        if (hits.Count == 0)
        {
            var message = intent.Addressee != Addressee.None
                ? AnswerTexts.NothingAskedOf(ExistingResolutions(corpus), AnswerTexts.AddresseeName(intent.Addressee, language), language)
                : AnswerTexts.NotFound(language);
            return NotFound(question, language, message);
        }
        var clauses = hits.Take(MaxWideClauses).Select(h => (h.Resolution, h.Paragraph)).ToList();
        var keys = clauses.Select(c => c.Resolution.Key).Distinct().ToList();
        var named = string.Join(", ", keys);
        var lead = intent.Actions.Count > 0 ? AnswerTexts.Topic(ClauseCount.Of(clauses), language)
            : intent.Addressee != Addressee.None
            ? AnswerTexts.AskedOf(named, AnswerTexts.AddresseeName(intent.Addressee, language), ClauseCount.Of(clauses), language)
            : AnswerTexts.AskedOfAnyone(keys, ClauseCount.Of(clauses), language);
        return WithMore(Found(question, language, lead, clauses, keys), found.Total, found.Resolutions, found.MostIn, found.Bodies, language);
    }

    /// <summary>Resolutions named in the "N more" note as where most matches are.</summary>
    private const int MostInNamed = 5;

    /// <summary>The answer with a note saying how many clauses match beyond those it quotes, in which bodies and resolutions; unchanged when it quotes them all.</summary>
    /// <param name="mostIn">The resolutions with most matches, most first (only the first <see cref="MostInNamed"/> are named).</param>
    /// <param name="bodies">Matches per body, most first.</param>
    private static Answer WithMore(Answer answer, int total, int resolutions, IReadOnlyList<(string Resolution, int Clauses)> mostIn,
        IReadOnlyList<(string Body, int Clauses)> bodies, Language language)
    {
        if (total <= answer.Clauses.Count)
            return answer;
        var more = AnswerTexts.MoreClauses(total, resolutions, answer.Clauses.Count,
            string.Join(", ", bodies.Select(b => $"{b.Body} ({b.Clauses})")),
            string.Join(", ", mostIn.Take(MostInNamed).Select(r => $"{r.Resolution} ({r.Clauses})")), language);
        return answer with { Notes = [more, .. answer.Notes] };
    }

    /// <summary>Clauses found without the index (the citations printed in paragraphs): the first <see cref="MaxWideClauses"/> quoted, the rest counted.</summary>
    private Answer FoundCapped(string question, Language language, Func<IReadOnlyList<string>, ClauseCount, string> lead, List<(Resolution Resolution, Paragraph Paragraph)> all)
    {
        var shown = all.Take(MaxWideClauses).ToList();
        var keys = shown.Select(c => c.Resolution.Key).Distinct().ToList();
        var byResolution = all.GroupBy(c => c.Resolution.Key).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ToList();
        var bodies = byResolution.GroupBy(r => ResolutionKeys.BodyOf(r.Key))
            .Select(g => (Body: g.Key, Clauses: g.Sum(r => r.Item2))).OrderByDescending(b => b.Clauses).ToList();
        return WithMore(Found(question, language, lead(keys, ClauseCount.Of(shown)), shown, keys), all.Count, byResolution.Count, byResolution, bodies, language);
    }

    /// <summary>"Did the Council commend the Secretary-General?": the action opens the clause and the addressee is mentioned in it.</summary>
    private static bool IsActedOn(Paragraph paragraph, QuestionIntent intent) =>
        intent.Actions.Contains(paragraph.Action)
        && Enum.GetValues<Addressee>().Where(a => a != Addressee.None && intent.Addressee.HasFlag(a)).All(a => paragraph.Terms.Contains(a.ToString()));

    private Answer Overview(string question, Language language, List<Resolution> resolutions)
    {
        var clauses = resolutions.SelectMany(r => r.Operative.Select(p => (r, p))).ToList();
        var lead = resolutions.Count == 1
            ? AnswerTexts.Overview(Title(resolutions[0], language), clauses.Count, language)
            : AnswerTexts.AskedOfAnyone(resolutions.Select(r => r.Key).ToList(), ClauseCount.Of(clauses), language);
        return Found(question, language, lead, clauses, resolutions.Select(r => r.Key).ToList());
    }

    private Answer AnswerTopic(string question, QuestionIntent intent, List<Resolution> resolutions, ResolutionCorpus corpus)
    {
        var language = intent.Language;
        // "What did the summit decide on supporting the Palestinian economy?" names a resolution by its title.
        if (resolutions.Count != 1 && TitleMatch(intent, resolutions.Count > 0 ? resolutions : TitleCandidates(intent, corpus)) is { } titled)
            return AnswerWithin(question, intent with { ContentTokens = [], TermIds = [] }, [titled], corpus);
        var hits = new List<ClauseHit>();
        if (resolutions.Count is > 0 and <= MaxSearchesPerQuestion)
        {
            foreach (var resolution in resolutions)
                hits.AddRange(knowledge.Index.Search(TopicQuery(intent, intent.TermIdsWithAddressees, resolution.Key), 30));
        }
        else
        {
            // Many resolutions in scope (a body's): one search over the corpus, kept to those in scope.
            var scope = resolutions.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            hits.AddRange(knowledge.Index.Search(TopicQuery(intent, intent.TermIdsWithAddressees), resolutions.Count == 0 ? 30 : 200)
                .Where(h => scope.Count == 0 || scope.Contains(h.Resolution.Key)));
        }

        // "Which resolutions mention Rabat?" is answered by every clause that does, of either kind, however it ranks.
        var relevant = intent.AsksWhereMentioned ? Relevant(intent, hits, everyMention: true)
            : intent.Fact == FactKind.None ? PreferredKind(intent, Relevant(intent, hits)) : OneFactOf(intent, hits);
        if (relevant.Count == 0)
            return NotFound(question, language, AnswerTexts.NotFound(language), AnswerTexts.NotFoundHint(ExistingResolutions(corpus), language));

        var clauses = relevant.Take(MaxTopicClauses).Select(h => (h.Resolution, h.Paragraph)).ToList();
        return FoundOnTopic(question, language, clauses);
    }

    /// <summary>
    /// "What was the 38th session called?", "when was the 38th session?", "أين انعقدت الدورة الثامنة والثلاثون؟": the
    /// session's own resolutions open by naming it, with its name, place and dates; every preambular paragraph of
    /// theirs that names it with the fact answers. Read from those resolutions' preambles, not searched: the question
    /// has no topic words to search for.
    /// </summary>
    private Answer AnswerSessionFact(string question, QuestionIntent intent, int session, List<Resolution> resolutions)
    {
        var stating = StatingSessionFact(intent, session, resolutions.SelectMany(r => r.Paragraphs.Where(p => p.Kind == ParagraphKind.Preambular).Select(p => (r, p))));
        return stating.Count == 0 ? NotFoundAnswer(question, intent.Language) : FoundOnTopic(question, intent.Language, stating);
    }

    /// <summary>A fact every session has and the clauses naming it state: when and where it met, and its name.</summary>
    private static bool IsSessionFact(FactKind fact) => fact is FactKind.When or FactKind.Where or FactKind.SessionName;

    /// <summary>The candidates that name <paramref name="session"/> and state the fact asked (its date, place or name), the first few.</summary>
    private List<(Resolution Resolution, Paragraph Paragraph)> StatingSessionFact(QuestionIntent intent, int session, IEnumerable<(Resolution Resolution, Paragraph Paragraph)> candidates)
    {
        List<int> asked = [session];
        return candidates
            .Select(c => (c.Resolution, c.Paragraph, Text: Text(c.Paragraph, intent.QuestionLanguage)))
            .Where(c => ReferenceParser.AllSessions(c.Text).Contains(session)
                        && _facts.Locate(intent.Fact, c.Text, intent.QuestionLanguage, [], [], asked) is { Fact: not null })
            .Select(c => (c.Resolution, c.Paragraph))
            .Take(MaxTopicClauses)
            .ToList();
    }

    /// <summary>The question's topic words (in its language and in others it writes), the sessions it names and <paramref name="termIds"/>, within one resolution or kind when given.</summary>
    private static ClauseQuery TopicQuery(QuestionIntent intent, IReadOnlyList<string> termIds, string? resolutionKey = null, ParagraphKind? kind = null) =>
        ClauseQuery.ForTopic(intent.ContentTokens, intent.Synonyms, intent.QuestionLanguage, termIds, resolutionKey, kind) with { OtherLanguageTokens = intent.OtherLanguageTokens, Sessions = intent.TopicSessions };

    /// <summary>Within this share of the best score, a second clause holding the fact is as good an answer.</summary>
    private const float FactTieShare = 0.9f;

    /// <summary>
    /// "When is OIC Day?", "how many states …?", "which countries sit on …?": one fact, so the smallest set that holds
    /// it — the clauses that hold a fact of that kind (a date, a number, a list of names, an addressee for "who", a cited
    /// resolution for "which resolution"), preambular or operative; among them those whose fact-holding sentence holds
    /// most of the question's words, the best of those, and only another as good.
    /// </summary>
    private List<ClauseHit> OneFact(QuestionIntent intent, List<ClauseHit> relevant)
    {
        if (relevant.Count == 0)
            return relevant;
        var holding = relevant.Select(h => (Hit: h, Sentence: FactSentence(intent, h))).Where(x => x.Sentence is not null).ToList();
        if (holding.Count == 0)
            return NeedsPickedOutFact(intent.Fact) ? [] : TopTied(relevant);
        // "Which eight countries make up the committee?": the clause that lists them answers, not the one that only
        // speaks of "the States members of the above-mentioned committee".
        if (holding.Any(x => x.Sentence!.Value.Located))
            holding = holding.Where(x => x.Sentence!.Value.Located).ToList();
        // "On what dates was the Eighth Session held?": the clauses giving its days answer, not one on a meeting of its
        // follow-up committee "scheduled to be held in 2011".
        if (intent.Fact == FactKind.When && holding.Where(x => x.Sentence!.Value.Stated is { } date && FactLocator.IsFullDate(date)).ToList() is { Count: > 0 } dated)
            holding = dated;
        // "On what Hijri dates did the Kampala session meet?": the clauses that give its Hijri date, not one giving only the Gregorian.
        if (intent.Fact == FactKind.When && intent.AsksHijri && holding.Where(x => FactLocator.HoldsHijriDate(Text(x.Hit.Paragraph, intent.QuestionLanguage))).ToList() is { Count: > 0 } hijri)
            holding = hijri;
        // "Where is the COMIAC secretariat?" is not answered by the city where the resolution creating it was adopted.
        if (intent.Fact == FactKind.Where && !intent.AsksVenue && holding.Where(x => !NamesVenue(intent, x.Hit)).ToList() is { Count: > 0 } notVenues)
            holding = notVenues;
        // "Who is to report on the Fund?": one fact, so the clause holding most of what the question names (the report
        // and, through its resolution's title, the Fund) rather than another on the Fund that asks someone else.
        if (intent.TermIds.Count > 0 && holding.Count > 1)
        {
            var held = holding.Select(x => TermsHeld(intent, x.Hit)).ToList();
            var mostTerms = held.Max();
            holding = holding.Where((_, i) => held[i] == mostTerms).ToList();
        }
        var mostCovered = holding.Max(x => x.Sentence!.Value.Coverage);
        var chosen = TopTied(holding.Where(x => x.Sentence!.Value.Coverage >= mostCovered).Select(x => x.Hit).ToList());
        if (intent.Fact is not (FactKind.When or FactKind.SessionName))
            return chosen;
        // "When was the ninth session of COMIAC held?": the opening paragraph and the one approving its resolutions both
        // give its dates. A date or a name is specific enough that a candidate stating the same one states this fact.
        var stated = holding.Where(x => chosen.Contains(x.Hit)).Select(x => x.Sentence!.Value.Stated).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. chosen, .. holding.Where(x => !chosen.Contains(x.Hit) && x.Sentence!.Value.Stated is { } fact && stated.Contains(fact)).Select(x => x.Hit)];
    }

    /// <summary>The glossary terms a question names that say what it is about: not places, which only say where.</summary>
    private IEnumerable<string> TopicTermIds(QuestionIntent intent) =>
        intent.TermIds.Where(id => !knowledge.Glossary.Terms.TryGetValue(id, out var term) || !term.IsPlace);

    /// <summary>How many of the question's glossary terms a clause holds, its resolution's title's included.</summary>
    private int TermsHeld(QuestionIntent intent, ClauseHit hit) => TermsHeld(intent, hit.Resolution, hit.Paragraph);

    private int TermsHeld(QuestionIntent intent, Resolution resolution, Paragraph paragraph)
    {
        var title = TitleTerms(resolution);
        return intent.TermIds.Count(id => paragraph.Terms.Contains(id) || title.Contains(id));
    }

    /// <summary>Whether the place a clause states is where a meeting was held or a text adopted.</summary>
    private bool NamesVenue(QuestionIntent intent, ClauseHit hit)
    {
        var text = Text(hit.Paragraph, intent.QuestionLanguage);
        return _facts.Locate(FactKind.Where, text, intent.QuestionLanguage, intent.ContentTokens, intent.TermIds) is { Fact: { } place } && FactCue.IsVenue(text, place.Start);
    }

    /// <summary>
    /// <see cref="OneFact"/> of the relevant hits; when they miss the fact, of the relevant among the hits that hold
    /// one: "where did the 38th session meet?" ranks first the clause on the report submitted to that session, which
    /// names no place, and the opening paragraphs that do fall under its score floor; "which member States sit on the
    /// committee?" ranks first the clause on "the States members of the committee", and the one listing them falls under it.
    /// </summary>
    private List<ClauseHit> OneFactOf(QuestionIntent intent, List<ClauseHit> hits)
    {
        var found = OneFact(intent, Relevant(intent, hits));
        if (!MissesTheFact(intent, found))
            return found;
        var holding = hits.Where(h => HoldsFact(intent.Fact, h.Paragraph, intent.QuestionLanguage)).ToList();
        if (holding.Count == hits.Count)
            return found;
        var further = OneFact(intent, Relevant(intent, holding));
        return further.Count > 0 ? further : found;
    }

    /// <summary>
    /// Whether the answer found lacks the fact asked where a clause may still state it: nothing found for a session's
    /// date or place, or no list of names for "which countries".
    /// </summary>
    private static bool MissesTheFact(QuestionIntent intent, List<ClauseHit> found) => intent.Fact switch
    {
        FactKind.WhichCountries => !found.Any(h => FactCue.Holds(FactKind.WhichCountries, Text(h.Paragraph, intent.QuestionLanguage))),
        FactKind.WhoIsAsked => !found.Any(h => AsksSomeone(h.Paragraph)),
        _ => found.Count == 0 && NeedsPickedOutFact(intent.Fact) && intent.TopicSessions.Count > 0,
    };

    /// <summary>Whether a text holds a fact of the kind asked; a place only as a name the glossary knows, which the locator picks out.</summary>
    private bool HoldsFact(FactKind fact, Paragraph paragraph, Language language) => fact switch
    {
        FactKind.Where => _facts.Locate(fact, Text(paragraph, language), language, [], []) is { Fact: not null },
        FactKind.WhoIsAsked => AsksSomeone(paragraph),
        _ => FactCue.Holds(fact, Text(paragraph, language)),
    };

    /// <summary>A clause whose opening verb asks someone it names to act: what states who is asked.</summary>
    private static bool AsksSomeone(Paragraph paragraph) => paragraph.Addressees != Addressee.None && IsDirective(paragraph.Action);

    /// <summary>
    /// Facts a clause states in a form that can be picked out (a date; a number, or the list it counts; a sum; a place; a
    /// person's name; a chair): when no
    /// candidate holds one, the corpus does not say, and "not found" is the honest answer rather than the nearest
    /// clause. "Which countries …?" is not one of them: "the member States that have not yet joined" answers it too.
    /// </summary>
    private static bool NeedsPickedOutFact(FactKind fact) => fact is FactKind.When or FactKind.Where or FactKind.HowMany or FactKind.HowMuch or FactKind.Name or FactKind.SessionName or FactKind.Chair or FactKind.HowManyResolutions;

    private static List<ClauseHit> TopTied(List<ClauseHit> pool)
    {
        var best = pool.Max(h => h.Score);
        return pool.Where(h => h.Score >= best * FactTieShare).ToList();
    }

    /// <summary>
    /// Whether the clause holds the fact asked, and how much of the question its fact-holding sentence holds (the
    /// clause's own share when no sentence is singled out), with the words stating the fact when they are picked out.
    /// Null when the clause holds no fact of that kind.
    /// </summary>
    private (double Coverage, bool Located, string? Stated)? FactSentence(QuestionIntent intent, ClauseHit hit)
    {
        var text = Text(hit.Paragraph, intent.QuestionLanguage);
        switch (intent.Fact)
        {
            case FactKind.WhichResolution:
                // "Which resolution gave OIC-CERT its status?" is answered by the clause that names that resolution.
                var own = ResolutionKeys.ShortForms(hit.Resolution.Key).Append(hit.Resolution.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
                return hit.Paragraph.Cites.Any(c => !own.Contains(c)) ? (Coverage(intent, hit.Paragraph), false, null) : null;
            case FactKind.WhoIsAsked:
                // "Who must report …?" is answered by a clause that asks someone to act: its addressee is the answer. A clause
                // that opens otherwise ("Notes … and calls upon them") names its addressee too far from its verb to state it.
                if (!AsksSomeone(hit.Paragraph))
                    return null;
                return _facts.Locate(intent.Fact, text, intent.QuestionLanguage, intent.ContentTokens, intent.TermIds) is { } who
                    ? (SentenceCoverage(intent, who.Sentence.Of(text)), true, null) : (Coverage(intent, hit.Paragraph), false, null);
            default:
                // A date or a number must be there to be picked out: a clause that only mentions "2005" in a citation
                // does not say how much was paid. "Who" and "which countries" may be answered in words no pattern picks out.
                // And the date must be in a sentence about the question: "when did member States pay their arrears?"
                // is not answered by the date of a restructuring in the sentence before the one on arrears: no other
                // sentence of the clause may hold more of the question's words and terms.
                if (_facts.Locate(intent.Fact, text, intent.QuestionLanguage, intent.ContentTokens, intent.TermIds, intent.TopicSessions, numbers: intent.Numbers, synonyms: intent.Synonyms) is not { } fact)
                    return null;
                var coverage = SentenceCoverage(intent, fact.Sentence.Of(text));
                if (!NeedsPickedOutFact(intent.Fact))
                    return (coverage, fact.Fact is not null, fact.Fact?.Of(text));
                return fact.Fact is { } stated && IsAboutQuestion(intent, hit.Paragraph, text, fact.Sentence) ? (coverage, true, stated.Of(text)) : null;
        }
    }

    /// <summary>Share of the question's content words (or their synonyms) one sentence holds.</summary>
    private double SentenceCoverage(QuestionIntent intent, string sentence) =>
        intent.ContentTokens.Count == 0 ? 0 : Covered(sentence, intent.QuestionLanguage, intent.ContentTokens) / (double)intent.ContentTokens.Count;

    /// <summary>
    /// Whether the sentence stating the fact holds as much of the question's words and terms as any other sentence
    /// of the clause, and some. Only the question's own language can be compared word for word: a clause the corpus
    /// has only in another language is taken on its fact.
    /// </summary>
    private bool IsAboutQuestion(QuestionIntent intent, Paragraph paragraph, string text, TextSpan factSentence)
    {
        if (intent.ContentTokens.Count + intent.TermIds.Count == 0 || !paragraph.Texts.ContainsKey(intent.QuestionLanguage))
            return true;
        // A place sentence that shares only a name with the question is not about it: "where is the headquarters of
        // the DSF?" is not answered by the city where a conference on the DSF met. Only for places: asked of dates too,
        // it threw away right answers whose sentence says "meeting" where the question says "met".
        var sentence = factSentence.Of(text);
        if (intent.Fact == FactKind.Where && intent.ContentTokens.Count > 0 && Covered(sentence, intent.QuestionLanguage, intent.ContentTokens) == 0)
            return false;
        var held = QuestionPartsHeld(intent, sentence);
        return held > 0 && ClauseSentences.Split(text).Where(s => s != factSentence).All(s => QuestionPartsHeld(intent, s.Of(text)) <= held);
    }

    /// <summary>How many of the question's content words (or their synonyms) and glossary terms <paramref name="sentence"/> holds.</summary>
    private int QuestionPartsHeld(QuestionIntent intent, string sentence)
    {
        var terms = intent.TermIds.Count == 0 ? 0
            : knowledge.Glossary.FindTerms(knowledge.Glossary.Tokens(sentence, intent.QuestionLanguage), intent.QuestionLanguage).Select(t => t.Id).Distinct().Count(intent.TermIds.Contains);
        return Covered(sentence, intent.QuestionLanguage, intent.ContentTokens) + terms;
    }

    private static string Text(Paragraph paragraph, Language language) =>
        paragraph.Texts.TryGetValue(language, out var text) ? text : paragraph.Texts.Values.First();

    /// <summary>
    /// Questions want decisions, which are operative; background ("recalling", "concern") is preambular.
    /// When both kinds answer, keep the kind the question wants.
    /// </summary>
    private List<ClauseHit> PreferredKind(QuestionIntent intent, List<ClauseHit> hits)
    {
        var wanted = intent.AboutPreamble ? ParagraphKind.Preambular : ParagraphKind.Operative;
        var preferred = hits.Where(h => h.Paragraph.Kind == wanted).ToList();
        // "What does the resolution say about viruses and hacking?": the preambular clause naming both says more of the
        // question than the operative ones on cyber security: the clauses of the other kind holding more of its words
        // than any of the wanted kind answer instead.
        if (preferred.Count > 0 && preferred.Count < hits.Count && intent.TopicWordCount > 0)
        {
            var most = preferred.Max(h => Coverage(intent, h.Paragraph));
            if (hits.Where(h => h.Paragraph.Kind != wanted && Coverage(intent, h.Paragraph) > most).ToList() is { Count: > 0 } sayingMore)
                preferred = sayingMore;
        }
        var kept = preferred.Count > 0 ? preferred : hits;
        // "What concerns did the Council express about …?": the clause that opens with that verb ("Expressing its
        // concern") says it; others only share the topic. Operative clauses know their action; preambular ones are read.
        if (intent.Actions.Count == 0 || kept.Count < 2)
            return kept;
        var opening = kept.Where(h => OpensWith(h.Paragraph, intent.Actions, intent.QuestionLanguage)).ToList();
        return opening.Count > 0 ? opening : kept;
    }

    /// <summary>How many words may come before a clause's verb ("وإذ يعرب", "Expressing also").</summary>
    private const int OpeningWords = 3;

    private bool OpensWith(Paragraph paragraph, IReadOnlyList<OperativeAction> actions, Language language)
    {
        if (paragraph.Kind == ParagraphKind.Operative)
            return actions.Contains(paragraph.Action);
        var text = Text(paragraph, language);
        var tokens = knowledge.Glossary.Tokens(text.Length > 120 ? text[..120] : text, language);
        return knowledge.Glossary.FindActions(tokens, language)
            .Any(a => a.Start <= OpeningWords && Enum.TryParse<OperativeAction>(a.Id, out var action) && actions.Contains(action));
    }

    /// <summary>Candidates that share the question's topic, best first; empty when none does.</summary>
    private List<(Resolution Resolution, Paragraph Paragraph)> RankWithin(QuestionIntent intent, List<(Resolution Resolution, Paragraph Paragraph)> candidates)
    {
        var allowed = candidates.Select(c => ClauseIndex.Id(c.Resolution, c.Paragraph)).ToHashSet();
        var kind = candidates.All(c => c.Paragraph.Kind == ParagraphKind.Preambular) ? ParagraphKind.Preambular : ParagraphKind.Operative;
        var hits = candidates.Select(c => c.Resolution.Key).Distinct()
            .SelectMany(key => knowledge.Index.Search(TopicQuery(intent, intent.TermIds, key, kind), 50))
            .Where(h => allowed.Contains(ClauseIndex.Id(h.Resolution, h.Paragraph)))
            .ToList();
        return Relevant(intent, hits, floorShare: CandidateScoreFloor, standOutRatio: CandidateStandOutRatio).Select(h => (h.Resolution, h.Paragraph)).ToList();
    }

    /// <summary>
    /// The hits that are really about the question: linked by a glossary term, or containing at least half of its
    /// content words, and not far behind the best hit. This is what turns an off-topic question into "not found".
    /// </summary>
    /// <param name="everyMention">Keep every hit that is about the question, not only those near the best score.</param>
    /// <param name="floorShare">The share of the best hit's score a hit must reach.</param>
    /// <param name="standOutRatio">How far the best hit must lead the next to answer on few of the question's words.</param>
    private List<ClauseHit> Relevant(QuestionIntent intent, List<ClauseHit> hits, bool everyMention = false, float floorShare = RelativeScoreFloor, float standOutRatio = StandOutRatio)
    {
        // "the ninth session of COMIAC", "where did the 38th CFM meet?": the clauses on that session, not those on its
        // eighth, nor a meeting of another body that outscores them; before the score floor, which they may not reach.
        // The date, place or name of a session is stated only by a clause naming that session: "where did the 31st
        // session meet?" is not answered by where another met.
        // A clause naming the session asked is linked to the question by it, as by a glossary term.
        var onSession = hits.Where(hit => intent.TopicSessions.Count > 0
                                          && ReferenceParser.AllSessions(Text(hit.Paragraph, intent.QuestionLanguage)).Intersect(intent.TopicSessions).Any())
            .Select(h => h.Paragraph).ToHashSet(ReferenceEqualityComparer.Instance);
        if (intent.TopicSessions.Count > 0)
            hits = IsSessionFact(intent.Fact) ? hits.Where(h => onSession.Contains(h.Paragraph)).ToList() : ThoseThatDo(hits, h => onSession.Contains(h.Paragraph));
        // « Qu'attend le texte des pays qui n'ont pas encore rejoint l'OIC-CERT ? » names what it is about: a clause on
        // another body (the Fund's "States that have not yet joined") holding its other words is no answer when a
        // clause holding one of the question's terms is a candidate.
        // (A clause standing out from all candidates is still weighed against all of them.)
        var onTerms = intent.TermIds.Count > 0 ? OfTitledResolutions(intent, ThoseThatDo(hits, hit => intent.TermIds.Any(hit.Paragraph.Terms.Contains))) : hits;
        // Best first, and stop at the score floor: coverage re-reads the clause, so only the head is checked, and
        // each hit once.
        var relevant = new List<(ClauseHit Hit, double Coverage)>();
        var floor = 0f;
        var terms = intent.TermIdsWithAddressees;
        foreach (var hit in BestFirst(onTerms))
        {
            if (hit.Score < floor)
                break;
            var coverage = Coverage(intent, hit.Paragraph);
            if (!onSession.Contains(hit.Paragraph) && !IsLinked(intent, terms, hit.Paragraph, coverage) && UnlinkedCoverage(intent, hit.Paragraph, coverage) < MinimumCoverage)
                continue;
            if (relevant.Count == 0 && !everyMention)
                floor = hit.Score * floorShare;
            relevant.Add((hit, coverage));
        }
        if (relevant.Count == 0 && !everyMention && StandingOut(intent, hits, standOutRatio) is { } standingOut)
            relevant.Add(standingOut);
        // A shared glossary term is not enough when the question says more: "what worries about hacking …" wants the
        // clause on cyber security that also holds a word of the worry, when one does.
        List<(ClauseHit Hit, double Coverage)> saying = intent.TopicWordCount == 0 || relevant.Count < 2 ? [] : relevant.Where(r => r.Coverage > 0).ToList();
        if (saying.Count > 1 && intent.TopicWordCount >= CoverageFloorWords)
            saying = WithoutNeighbours(intent, saying);
        var kept = (saying.Count > 0 ? saying : relevant).Select(r => r.Hit).ToList();
        // "What does it say about viruses and hacking?" names a term by two of its words: of the clauses tagged with it,
        // those writing most of the words answer, when some write more than others. (A fact asked is found by its own
        // rules: "who is to report back … at the next session?" names the follow-up report twice.)
        if (intent.Fact == FactKind.None && intent.TopicWordCount == 0 && intent.TermWords.Count > 1 && kept.Count > 1)
            kept = MostTermWords(intent, kept);
        // "what did they say about the day on 25 September": the clause that says 25 September.
        if (intent.Numbers.Count > 0)
            kept = ThoseThatDo(kept, hit => WrittenNumbers.In(Text(hit.Paragraph, intent.QuestionLanguage)).Overlaps(intent.Numbers));
        // "What is asked of the states that have not yet joined the team?" is about those that have not.
        if (intent.Negated)
            kept = ThoseThatDo(kept, hit => NegationCue.Holds(Text(hit.Paragraph, intent.QuestionLanguage)));
        return kept;
    }

    /// <summary>
    /// "Where does the Council express appreciation for the Secretary-General's efforts to correct the image of Islam
    /// on his tours?": the clause on his tours answers; another on the image of Islam shares a term and a word, and
    /// holds nothing of the question the first does not. Such a clause, holding less than <see cref="CoverageFloorShare"/>
    /// of the words the best-covering clause holds, is left out; one that holds a part of the question the best lacks
    /// ("the agency, the union and COMIAC's secretariat": two clauses between them) stays.
    /// </summary>
    private List<(ClauseHit Hit, double Coverage)> WithoutNeighbours(QuestionIntent intent, List<(ClauseHit Hit, double Coverage)> saying)
    {
        var best = saying.MaxBy(r => r.Coverage);
        var bestHolds = QuestionPartsIn(intent, best.Hit.Paragraph);
        return saying.Where(r => r.Coverage >= CoverageFloorShare * best.Coverage || !QuestionPartsIn(intent, r.Hit.Paragraph).IsSubsetOf(bestHolds)).ToList();
    }

    /// <summary>The question's topic words (in every language it writes) and glossary terms the paragraph holds.</summary>
    private HashSet<string> QuestionPartsIn(QuestionIntent intent, Paragraph paragraph)
    {
        var held = intent.TermIdsWithAddressees.Where(paragraph.Terms.Contains).ToHashSet(StringComparer.Ordinal);
        held.UnionWith(HeldWords(paragraph.SearchableText(intent.QuestionLanguage), intent.QuestionLanguage, intent.ContentTokens));
        foreach (var other in intent.OtherLanguageTokens)
            held.UnionWith(HeldWords(paragraph.SearchableText(other.Language), other.Language, other.Tokens).Select(w => $"{other.Language}:{w}"));
        return held;
    }

    /// <summary>The hits whose own text holds the most of the question's <see cref="QuestionIntent.TermWords"/>; all when they hold as many.</summary>
    private List<ClauseHit> MostTermWords(QuestionIntent intent, List<ClauseHit> hits)
    {
        var held = hits.Select(h => Covered(Text(h.Paragraph, intent.QuestionLanguage), intent.QuestionLanguage, intent.TermWords)).ToList();
        var most = held.Max();
        return most == 0 || held.All(n => n == most) ? hits : hits.Where((_, i) => held[i] == most).ToList();
    }

    /// <summary>
    /// A clause every resolution repeats word for word (the follow-up clause, the opening paragraph) answers for the
    /// resolution whose title names the question's term: « qui doit faire rapport sur le fonds numérique ? » is answered
    /// by the follow-up clause of the resolution on the Fund, not by the same clause of the three others. Unchanged
    /// when no title names a term, or the hits differ in text.
    /// </summary>
    private List<ClauseHit> OfTitledResolutions(QuestionIntent intent, List<ClauseHit> hits)
    {
        var kept = new List<ClauseHit>(hits.Count);
        foreach (var same in hits.GroupBy(h => Text(h.Paragraph, intent.QuestionLanguage), StringComparer.Ordinal))
        {
            // A clause no other hit repeats stays as it is: its resolution's title need not be read.
            if (same.Skip(1).Any() && same.Where(h => intent.TermIds.Any(TitleTerms(h.Resolution).Contains)).ToList() is { Count: > 0 } titled)
                kept.AddRange(titled);
            else
                kept.AddRange(same);
        }
        return kept;
    }

    /// <summary>The hits that score at all, best first, each clause once.</summary>
    private static IEnumerable<ClauseHit> BestFirst(IEnumerable<ClauseHit> hits) =>
        hits.Where(h => h.Score > 0).OrderByDescending(h => h.Score).DistinctBy(h => ClauseIndex.Id(h.Resolution, h.Paragraph));

    /// <summary>The best hit, when another comes no closer than <paramref name="ratio"/> of its score and it holds <see cref="StandOutCoverage"/> of the question.</summary>
    private (ClauseHit Hit, double Coverage)? StandingOut(QuestionIntent intent, List<ClauseHit> hits, float ratio)
    {
        var ranked = BestFirst(hits).Take(2).ToList();
        // A lone hit has nothing to stand out from, unless it holds a term the question names: "which resolution of the
        // Dushanbe session guides the preamble of 38/1?" has one clause naming Dushanbe there.
        if (ranked.Count == 0 || (ranked.Count == 1 ? !intent.TermIds.Any(ranked[0].Paragraph.Terms.Contains) : ranked[0].Score < ratio * ranked[1].Score))
            return null;
        var best = ranked[0];
        // "Who is called upon to join the Digital Solidarity Fund?" is not answered by a clause on joining another body:
        // a clause that holds none of the glossary terms the question names does not stand out on its words.
        if (intent.TermIds.Count > 0 && !intent.TermIds.Any(best.Paragraph.Terms.Contains))
            return null;
        var coverage = Coverage(intent, best.Paragraph);
        return UnlinkedCoverage(intent, best.Paragraph, coverage) >= StandOutCoverage ? (best, coverage) : null;
    }

    /// <summary>When some of the hits say what the question says (its number, its "not") and others do not, those that do; else all.</summary>
    private static List<ClauseHit> ThoseThatDo(List<ClauseHit> hits, Func<ClauseHit, bool> says) =>
        hits.Count > 1 && hits.Where(says).ToList() is { Count: > 0 } saying && saying.Count < hits.Count ? saying : hits;

    /// <summary>
    /// Whether a glossary term the question names links it to the paragraph. A place alone is where a meeting was held,
    /// which every paragraph reporting that meeting shares: "what's the weather in Astana?" is not about the session
    /// held there, so a paragraph linked only by a place must also hold a word of the question, when the question has any
    /// and does not ask where the place is mentioned.
    /// </summary>
    /// <param name="coverage">The paragraph's <see cref="Coverage"/> of the question.</param>
    private bool IsLinked(QuestionIntent intent, IReadOnlyList<string> terms, Paragraph paragraph, double coverage)
    {
        var shared = terms.Where(paragraph.Terms.Contains).ToList();
        if (shared.Count == 0)
            return false;
        if (shared.Any(id => !knowledge.Glossary.Terms.TryGetValue(id, out var term) || !term.IsPlace))
            return true;
        // "Which resolutions mention Rabat?": there the place is what is asked.
        return intent.TopicWordCount == 0 || coverage > 0 || intent.AsksWhereMentioned;
    }

    /// <summary>Share of a title's words the question must hold, and of the question's topic words the title must hold.</summary>
    private const double TitleCoverage = 0.75;

    /// <summary>
    /// The one resolution whose title the question's topic words spell out (most of the title's words, and most of
    /// the topic's), or null. Two titles equally matched are no answer: the question is then a topic question.
    /// </summary>
    private Resolution? TitleMatch(QuestionIntent intent, IEnumerable<Resolution> resolutions)
    {
        if (intent.ContentTokens.Count < 2)
            return null;
        var question = intent.ContentTokens.ToHashSet(StringComparer.Ordinal);
        Resolution? best = null;
        var bestScore = 0.0;
        var tie = false;
        foreach (var resolution in resolutions)
        {
            var words = TitleWords(resolution, intent.QuestionLanguage);
            if (words.Count == 0)
                continue;
            var shared = words.Count(question.Contains);
            var score = Math.Min(shared / (double)words.Count, shared / (double)question.Count);
            if (score < TitleCoverage)
                continue;
            if (score > bestScore)
                (best, bestScore, tie) = (resolution, score, false);
            else if (score == bestScore)
                tie = true;
        }
        return tie ? null : best;
    }

    /// <summary>
    /// The corpus's resolutions that can pass <see cref="TitleMatch"/>, from an index of title words, not a pass over
    /// every title. A title that holds <see cref="TitleCoverage"/> of the question's distinct words misses at most
    /// the rest, so it holds one of any that many plus one of them: only the titles holding one of the rarest of those
    /// are candidates.
    /// </summary>
    private IEnumerable<Resolution> TitleCandidates(QuestionIntent intent, ResolutionCorpus corpus)
    {
        if (intent.ContentTokens.Count < 2)
            return [];
        var question = intent.ContentTokens.Distinct(StringComparer.Ordinal).ToList();
        var index = TitleIndex(corpus, intent.QuestionLanguage);
        var needed = (int)Math.Ceiling(TitleCoverage * question.Count);
        return question.Select(t => index.GetValueOrDefault(t) ?? []).OrderBy(r => r.Count).Take(question.Count - needed + 1)
            .SelectMany(r => r).Distinct(ReferenceEqualityComparer.Instance).Cast<Resolution>();
    }

    /// <summary>For one language, the resolutions whose title holds each word (<see cref="TitleWords"/>), built once per corpus.</summary>
    private Dictionary<string, List<Resolution>> TitleIndex(ResolutionCorpus corpus, Language language) =>
        _titleIndexes.GetValue(corpus, _ => new System.Collections.Concurrent.ConcurrentDictionary<Language, Lazy<Dictionary<string, List<Resolution>>>>())
            .GetOrAdd(language, l => new Lazy<Dictionary<string, List<Resolution>>>(() =>
            {
                var index = new Dictionary<string, List<Resolution>>(StringComparer.Ordinal);
                foreach (var resolution in corpus.Resolutions)
                {
                    foreach (var word in TitleWords(resolution, l))
                    {
                        if (!index.TryGetValue(word, out var holding))
                            index[word] = holding = [];
                        holding.Add(resolution);
                    }
                }
                return index;
            })).Value;

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ResolutionCorpus, System.Collections.Concurrent.ConcurrentDictionary<Language, Lazy<Dictionary<string, List<Resolution>>>>> _titleIndexes = new();

    /// <summary>A title's analyzed words, computed once per resolution and language: every topic question reads them all.</summary>
    private HashSet<string> TitleWords(Resolution resolution, Language language)
    {
        var byLanguage = _titleWords.GetValue(resolution, _ => new System.Collections.Concurrent.ConcurrentDictionary<Language, HashSet<string>>());
        return byLanguage.GetOrAdd(language, l => resolution.Titles.TryGetValue(l, out var title)
            ? knowledge.Analyzers.Tokens(title, l).Where(t => !t.Any(char.IsDigit)).ToHashSet(StringComparer.Ordinal)
            : []);
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Resolution, System.Collections.Concurrent.ConcurrentDictionary<Language, HashSet<string>>> _titleWords = new();

    /// <summary>The glossary terms a resolution's title names, in any of its languages, computed once per resolution.</summary>
    private HashSet<string> TitleTerms(Resolution resolution) =>
        _titleTerms.GetValue(resolution, r => r.Titles
            .SelectMany(t => knowledge.Glossary.FindTerms(knowledge.Glossary.Tokens(t.Value, t.Key), t.Key).Select(m => m.Id))
            .ToHashSet(StringComparer.Ordinal));

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Resolution, HashSet<string>> _titleTerms = new();

    /// <summary>
    /// Share of the question's topic a clause no glossary term links covers: its words, and the question's topic terms
    /// counted as words too, held or lacking. "Which UN resolution welcomed the creation of the DSF?" is not answered
    /// by a clause that only speaks of a creation, nor "quel temps fait-il à Astana ?" by one that only says "temps"
    /// (a place is read as a term, and a place alone does not link).
    /// </summary>
    /// <param name="coverage">The paragraph's <see cref="Coverage"/> of the question's words.</param>
    private static double UnlinkedCoverage(QuestionIntent intent, Paragraph paragraph, double coverage)
    {
        var (words, terms) = (intent.TopicWordCount, intent.TermIds.Count);
        return words + terms == 0 ? 0 : (coverage * words + intent.TermIds.Count(paragraph.Terms.Contains)) / (words + terms);
    }

    /// <summary>Share of the question's topic words the paragraph holds: its own words in the question's language, words written in another language in that language's version.</summary>
    private double Coverage(QuestionIntent intent, Paragraph paragraph)
    {
        if (intent.TopicWordCount == 0)
            return 0;
        var covered = Covered(paragraph, intent.QuestionLanguage, intent.ContentTokens)
                      + intent.OtherLanguageTokens.Sum(other => Covered(paragraph, other.Language, other.Tokens));
        return covered / (double)intent.TopicWordCount;
    }

    /// <summary>How many of <paramref name="words"/> the paragraph's <paramref name="language"/> version holds.</summary>
    private int Covered(Paragraph paragraph, Language language, IReadOnlyList<string> words) =>
        words.Count == 0 ? 0 : Covered(paragraph.SearchableText(language), language, words);

    /// <summary>How many of <paramref name="words"/> <paramref name="text"/> holds, analysed in <paramref name="language"/>.</summary>
    private int Covered(string text, Language language, IReadOnlyList<string> words) => HeldWords(text, language, words).Count();

    /// <summary>The words of <paramref name="words"/> <paramref name="text"/> holds, analysed in <paramref name="language"/>.</summary>
    private IEnumerable<string> HeldWords(string text, Language language, IReadOnlyList<string> words)
    {
        if (text.Length == 0 || words.Count == 0)
            return [];
        var tokens = knowledge.Analyzers.Tokens(text, language).ToHashSet(StringComparer.Ordinal);
        // A word is covered by itself or by a word the lexicon says means the same ("ordis" by "ordinateurs").
        return words.Where(t => tokens.Contains(t) || knowledge.Lexicon.SynonymsOf(t, language).Overlaps(tokens));
    }

    /// <summary>The clauses found on the question's topic, under the lead that counts them.</summary>
    private Answer FoundOnTopic(string question, Language language, IReadOnlyList<(Resolution Resolution, Paragraph Paragraph)> clauses) =>
        Found(question, language, AnswerTexts.Topic(ClauseCount.Of(clauses), language), clauses, clauses.Select(c => c.Resolution.Key).Distinct().ToList());

    private Answer Found(string question, Language language, string lead, IReadOnlyList<(Resolution Resolution, Paragraph Paragraph)> clauses, IReadOnlyList<string> resolutionKeys)
    {
        var quoted = clauses.Select(c => Quote(c.Resolution, c.Paragraph, language)).ToList();
        return new Answer(question, language, AnswerOutcome.Found, AnswerMode.Extractive, lead, quoted, Notes(quoted, clauses, language), resolutionKeys);
    }

    /// <summary>Says when quotes are unofficial translations, or fall back to the authoritative text.</summary>
    private List<string> Notes(List<QuotedClause> quoted, IReadOnlyList<(Resolution Resolution, Paragraph Paragraph)> clauses, Language language)
    {
        var notes = new List<string>();
        var authoritative = clauses.Select(c => AuthoritativeLanguage(c.Resolution)).FirstOrDefault();
        var translated = quoted.Where(q => !q.IsAuthoritative).Select(q => q.TextLanguage).Distinct();
        foreach (var shown in translated)
            notes.Add(AnswerTexts.UnofficialTranslation(shown, authoritative, language));
        if (quoted.Any(q => q.TextLanguage != language))
            notes.Add(AnswerTexts.AuthoritativeFallback(authoritative, language));
        return notes;
    }

    private static Answer NotFound(string question, Language language, params string[] notes) =>
        new(question, language, AnswerOutcome.NotFound, AnswerMode.Extractive, notes[0], [], notes.Skip(1).ToList(), []);

    private Language AuthoritativeLanguage(Resolution resolution) =>
        knowledge.Corpus.FindDocument(resolution.DocumentSymbol)?.AuthoritativeLanguage ?? resolution.Titles.Keys.First();

    private string Title(Resolution resolution, Language language) =>
        AnswerTexts.Resolution(resolution.Key,
            resolution.Titles.TryGetValue(language, out var title) ? title : resolution.Titles.GetValueOrDefault(AuthoritativeLanguage(resolution)),
            language);

    /// <summary>The first resolutions by key, named in "not found" answers; sorted once per corpus, not on every answer.</summary>
    private static string ExistingResolutions(ResolutionCorpus corpus) =>
        ExistingNames.GetValue(corpus, c => string.Join(", ", c.Resolutions.Select(r => r.Key).Order(StringComparer.Ordinal).Take(20)));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ResolutionCorpus, string> ExistingNames = new();

}
