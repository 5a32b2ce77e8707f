using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Generative;

/// <summary>
/// The assistant when a model is configured. It asks the extractive core first and lets the model rewrite only a
/// found answer, from the clauses the core retrieved; every citation in the generated text is checked against those
/// clauses. Whenever the model is slow, refuses, fails, cites nothing real or answers in another language, the user gets
/// the extractive answer.
/// </summary>
internal sealed class GenerativeResolutionAssistant(
    IResolutionAssistant extractive,
    PromptClauseSelector clauseSelector,
    ChatModel model,
    ClauseTranslator translator,
    UserRateLimiter rateLimiter,
    IGenerativeUserContext userContext,
    GenerativeMetrics metrics,
    ILogger<GenerativeResolutionAssistant> logger) : IResolutionAssistant
{
    private const int MaxAnswerTokens = 800;

    public IReadOnlyList<Resolution> Resolutions => extractive.Resolutions;

    public async Task<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        var answer = await extractive.AskAsync(question, cancellationToken);
        // Not found and invalid questions never reach the model: there is nothing to ground an answer in.
        if (answer.Outcome != AnswerOutcome.Found || answer.Clauses.Count == 0)
            return answer;

        if (!rateLimiter.TryAcquire(userContext.UserKey))
        {
            // Callers that name no user share one budget: say so, or a channel that forgot looks like a busy user.
            if (userContext.UserKey is null)
                logger.LogWarning("Generative budget of unnamed callers spent; channels should name the user with IGenerativeUserContext.BeginUser");
            return Fallback(answer, FallbackReason.UserRateLimited);
        }

        var clauses = await clauseSelector.SelectAsync(answer, cancellationToken);
        var reply = await model.CompleteAsync(
            GroundedPrompt.System(answer.Language, clauses), GroundedPrompt.User(question.Text), MaxAnswerTokens, cancellationToken);
        metrics.Tokens(reply.Usage, "answer");
        if (!reply.Succeeded)
            return Fallback(answer, reply.FailureReason!, reply.Error);

        var check = CitationChecker.Check(reply.Text!, clauses.Select(c => c.Citation.ShortKey), clauses.Select(c => c.Text));
        metrics.CitationsRemoved(check.RemovedCount);
        if (check.RemovedCount > 0)
            logger.LogWarning("Removed {Count} citation(s) outside the retrieved clauses from a generated answer", check.RemovedCount);
        if (check.UnknownReferences.Count > 0)
            return Fallback(answer, FallbackReason.UnknownReference);
        if (check.CitedKeys.Count == 0)
            return Fallback(answer, FallbackReason.NoValidCitation);
        if (AnswerLanguageCheck.IsOtherThan(check.Text, answer.Language))
            return Fallback(answer, FallbackReason.WrongLanguage);

        var cited = check.CitedKeys
            .Select(key => clauses.First(c => string.Equals(c.Citation.ShortKey, key, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var quoted = await Task.WhenAll(cited.Select(c => translator.TranslateAsync(c, answer.Language, cancellationToken)));

        metrics.AnswerGenerated();
        return answer with
        {
            Mode = AnswerMode.Generative,
            Lead = check.Text,
            Clauses = quoted,
            Notes = NotesFor(answer, quoted),
            Resolutions = quoted.Select(c => c.Citation.Resolution).Distinct().ToList(),
            Label = GenerativeLabels.AiGenerated(answer.Language),
        };
    }

    public Answer ShowResolution(string resolutionKey, Language language) => extractive.ShowResolution(resolutionKey, language);

    public Answer ShowParagraphs(string resolutionKey, IReadOnlyList<string> paragraphKeys, Language language) =>
        extractive.ShowParagraphs(resolutionKey, paragraphKeys, language);

    public IReadOnlyList<QuotedClause> Search(string query, Language language, int skip, int take) =>
        extractive.Search(query, language, skip, take);

    /// <summary>
    /// The core's notes, less "quoted in the authoritative text" once every quote is in the answer's language,
    /// plus the machine-translation caveat when a quote was translated.
    /// </summary>
    private static IReadOnlyList<string> NotesFor(Answer answer, IReadOnlyList<QuotedClause> quoted)
    {
        var notes = answer.Notes.ToList();
        if (quoted.All(c => c.TextLanguage == answer.Language))
            notes.RemoveAll(note => LanguageCodes.All.Any(l => note == AnswerTexts.AuthoritativeFallback(l, answer.Language)));
        if (quoted.Any(c => c.IsMachineTranslation))
            notes.Add(GenerativeLabels.MachineTranslationNote(answer.Language));
        return notes;
    }

    private Answer Fallback(Answer answer, string reason, Exception? error = null)
    {
        logger.LogWarning(error, "Generative answer unavailable ({Reason}); giving the extractive answer", reason);
        metrics.Fallback(reason);
        return answer;
    }
}
