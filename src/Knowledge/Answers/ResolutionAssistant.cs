using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Answers;

/// <summary>The extractive assistant: understands the question, retrieves and quotes. No model, no network.</summary>
public sealed class ResolutionAssistant(KnowledgeBase knowledge) : IResolutionAssistant
{
    /// <summary>Longest question read: a question, not a document.</summary>
    public const int MaxQuestionLength = 2000;

    private readonly QuestionReader _reader = new(knowledge.Glossary, knowledge.Lexicon);
    private readonly AnswerComposer _composer = new(knowledge);

    public IReadOnlyList<Resolution> Resolutions => knowledge.Corpus.Resolutions;

    /// <summary>
    /// Answers off the caller's thread, so a caller's budget (Slack's acknowledgement, Teams' invoke deadline) can
    /// fire: once <paramref name="cancellationToken"/> fires the returned task ends with
    /// <see cref="OperationCanceledException"/> at once, and the work behind it stops at its next search or stage.
    /// </summary>
    public Task<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
            return Task.FromCanceled<Answer>(cancellationToken);
        return Task.Run(() => Ask(question, cancellationToken), cancellationToken).WaitAsync(cancellationToken);
    }

    public Answer Ask(Question question) => Ask(question, CancellationToken.None);

    /// <summary>Answers on this thread, stopping with <see cref="OperationCanceledException"/> when the token fires.</summary>
    public Answer Ask(Question question, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var searches = SearchCancellation.Scope(cancellationToken);

        var text = TextNormalizer.RemoveControlCharacters(question.Text ?? "").Trim();
        // The question is read in the language it is written in; a forced language only changes the answer's.
        var written = LanguageDetector.Detect(text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text, question.LocalePrior);
        var language = question.ForcedLanguage ?? written;

        if (text.Length == 0)
            return Invalid(question.Text ?? "", language, AnswerTexts.Empty(language));
        if (text.Length > MaxQuestionLength)
            return Invalid(text[..200] + "…", language, AnswerTexts.TooLong(MaxQuestionLength, language));

        var (asked, injected) = InjectionGuard.Strip(text);
        if (injected && asked.Count(char.IsLetter) < 3)
            return _composer.NotFoundAnswer(text, language);
        return OrUnreadable(text, language, () =>
        {
            var intent = _reader.Read(asked, written, knowledge.Corpus) with { Language = language, QuestionLanguage = written };
            var scoped = ConversationScope.Within(intent, question.Scope, knowledge.Corpus);
            cancellationToken.ThrowIfCancellationRequested();
            var answer = _composer.Compose(text, scoped ?? intent);
            cancellationToken.ThrowIfCancellationRequested();
            return scoped is null ? answer : ConversationScope.Says(answer, scoped.Resolutions);
        });
    }

    public Answer ShowResolution(string resolutionKey, Language language) =>
        OrUnreadable(resolutionKey, language, () => knowledge.Corpus.FindResolution(resolutionKey) is { } resolution
            ? _composer.WholeResolution(resolutionKey, resolution, language)
            : UnknownResolution(resolutionKey, language));

    public Answer ShowParagraphs(string resolutionKey, IReadOnlyList<string> paragraphKeys, Language language) =>
        OrUnreadable($"{resolutionKey} {string.Join(",", paragraphKeys)}", language, () => SelectParagraphs(resolutionKey, paragraphKeys, language));

    /// <summary>
    /// The answer <paramref name="compose"/> gives, or, when a paragraph or text it needs could not be read from the
    /// persisted model, a notice without citations in the question's language (the knowledge base is told, and
    /// rebuilds the model): never an exception for the channel to swallow, never text from damaged bytes.
    /// </summary>
    private Answer OrUnreadable(string question, Language language, Func<Answer> compose)
    {
        try
        {
            return compose();
        }
        catch (StoredModelReadException e)
        {
            knowledge.ReportUnreadable(e);
            return new Answer(question, language, AnswerOutcome.NotFound, AnswerMode.Extractive, AnswerTexts.StoredTextUnreadable(language), [], [], []);
        }
    }

    private Answer SelectParagraphs(string resolutionKey, IReadOnlyList<string> paragraphKeys, Language language)
    {
        if (knowledge.Corpus.FindResolution(resolutionKey) is not { } resolution)
            return UnknownResolution(resolutionKey, language);
        var asked = $"{resolutionKey} {string.Join(",", paragraphKeys)}";
        var paragraphs = paragraphKeys.Select(resolution.FindParagraph).OfType<Paragraph>().ToList();
        return paragraphs.Count == 0
            ? _composer.UnknownParagraphs(asked, resolution, paragraphKeys, language)
            : _composer.SelectedParagraphs(asked, resolution, paragraphs, language);
    }

    public IReadOnlyList<QuotedClause> Search(string query, Language language, int skip, int take)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 0, 100);
        var corpus = knowledge.Corpus;
        if (string.IsNullOrWhiteSpace(query))
        {
            return corpus.Resolutions.SelectMany(r => r.Operative.Select(p => _composer.Quote(r, p, language)))
                .Skip(skip).Take(take).ToList();
        }

        // Read the query in its own language (the caller's is only a prior); quote in the caller's.
        var written = LanguageDetector.Detect(query, language);
        var intent = _reader.Read(query, written, corpus);
        var filter = intent.Resolutions.Count == 1 ? intent.Resolutions[0] : null;
        // A glossary term finds every clause tagged with it, all alike (then in corpus order, PP1 first); its names in
        // the language searched rank the clauses that write it out ("OIC-CERT", "Computer Emergency Response Team")
        // above those that only allude to it. A term typed in another language ("OIC-CERT" from an Arabic client) is
        // one the reader already found, so its names are searched all the same.
        var names = TermNames(intent.TermIds, written);
        var search = ClauseQuery.ForTopic(intent.ContentTokens, intent.Synonyms, written, intent.TermIdsWithAddressees, filter)
            with { Text = names.Count == 0 ? null : string.Join(" ", names) };
        var hits = knowledge.Index.Search(search, skip + take);
        return hits.Skip(skip).Take(take)
            .Select(h => _composer.Quote(h.Resolution, h.Paragraph, language))
            .Select(clause => clause with { Match = MatchIn(clause, intent.TermIds, query) })
            .ToList();
    }

    private List<string> TermNames(IReadOnlyList<string> termIds, Language language) =>
        termIds.Where(knowledge.Glossary.Terms.ContainsKey)
            .SelectMany(id => knowledge.Glossary.Terms[id].Variants.TryGetValue(language, out var names) ? names : [])
            .Distinct().ToList();

    /// <summary>The first of the terms' names in the clause's language, then the query itself, that the clause's text holds.</summary>
    private string? MatchIn(QuotedClause clause, IReadOnlyList<string> termIds, string query) =>
        TermNames(termIds, clause.TextLanguage).OrderByDescending(n => n.Length).Append(query)
            .FirstOrDefault(name => clause.Text.Contains(name, StringComparison.OrdinalIgnoreCase));

    private Answer UnknownResolution(string key, Language language) =>
        new(key, language, AnswerOutcome.NotFound, AnswerMode.Extractive,
            AnswerTexts.UnknownResolution(key, string.Join(", ", knowledge.Corpus.Resolutions.Select(r => r.Key).Order()), language), [], [], []);

    private static Answer Invalid(string question, Language language, string message) =>
        new(question, language, AnswerOutcome.Invalid, AnswerMode.Extractive, message, [], [], []);
}
