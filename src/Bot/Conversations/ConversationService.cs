using ResBot.Bot.Digests;
using ResBot.Bot.Generative;
using ResBot.Bot.Storage;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Bot.Conversations;

/// <summary>
/// One conversation turn, whatever the channel: help, a language choice, a digest command, a button, or a
/// question, perhaps a follow-up of the last answer ("and paragraph 8?"), answered against what that answer was
/// about. Returns a channel-neutral <see cref="Reply"/>; never throws for a failed answer (the user gets
/// <see cref="Reply.Failed"/>, the log gets the exception).
/// </summary>
internal sealed class ConversationService(
    IResolutionAssistant assistant,
    UserPreferences preferences,
    FollowUpMemory memory,
    SubscriptionCommands subscriptions,
    IEnumerable<IChannelSubscriptions> channels,
    IGenerativeUserContext users,
    ILogger<ConversationService> logger)
{
    private readonly Dictionary<Platform, IChannelSubscriptions> _channels = channels.ToDictionary(c => c.Platform);

    /// <param name="turn">What the user said or pressed.</param>
    /// <param name="working">Started before work that may take a while (retrieval, a model) and disposed when it ends: a channel shows "typing…" meanwhile.</param>
    /// <param name="cancellationToken">Stops the answer.</param>
    public async Task<Reply> HandleAsync(Turn turn, Func<Task<IAsyncDisposable?>>? working, CancellationToken cancellationToken)
    {
        // Named for the whole turn, so a configured model's per-user budget counts each user apart.
        using var user = users.BeginUser(turn.UserKey);
        var preferred = await preferences.LanguageAsync(turn, cancellationToken);
        var prior = preferred ?? turn.Locale;
        try
        {
            return TurnReader.Read(turn) switch
            {
                TurnIntent.Press press => await PressAsync(turn, press.Action, prior, cancellationToken),
                TurnIntent.Help help => new Reply.Help(help.Language ?? prior ?? Language.En),
                TurnIntent.ChooseLanguage { Language: { } chosen } => await ChooseAsync(turn, chosen, cancellationToken),
                TurnIntent.ChooseLanguage => new Reply.Notice(ConversationTexts.For(prior ?? Language.En).UnknownLanguage, prior ?? Language.En),
                TurnIntent.Subscription subscription => await SubscribeAsync(turn, subscription.Command, turn.Text.Trim(), cancellationToken),
                TurnIntent.Ask ask => await AskAsync(turn, ask.Text, prior, working, cancellationToken),
                _ => throw new InvalidOperationException("unknown turn intent"),
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Answering a {Platform} turn failed", turn.Platform);
            return new Reply.Failed(ConversationTexts.Guess(turn.Text, preferred ?? turn.Action?.ChosenLanguage ?? turn.Locale));
        }
    }

    private async Task<Reply> ChooseAsync(Turn turn, Language language, CancellationToken cancellationToken)
    {
        await preferences.ChooseLanguageAsync(turn, language, cancellationToken);
        return new Reply.Notice(ConversationTexts.For(language).LanguageSet, language);
    }

    private async Task<Reply> AskAsync(Turn turn, string text, Language? prior, Func<Task<IAsyncDisposable?>>? working, CancellationToken cancellationToken)
    {
        var followUp = FollowUpReader.Read(text);
        var context = followUp.Kind == FollowUpKind.None ? null : await memory.RecallAsync(turn, cancellationToken);
        Reply.Answered reply;
        await using (working is null ? null : await working())
        {
            reply = context is null
                ? new Reply.Answered(await assistant.AskAsync(new Question(text, prior), cancellationToken), ConversationAction.AskQuestion(text), OfferSubscription: true)
                : await FollowUpAsync(text, followUp, context, prior, cancellationToken);
        }
        await memory.RememberAsync(turn, reply.Answer, cancellationToken);
        return reply;
    }

    /// <summary>
    /// A follow-up, against the last answer: the same clauses in another language, its whole resolution, or a
    /// question answered within its resolutions. Its buttons name the clauses it quoted, so pressing one later
    /// gives the same clauses whatever the conversation said in between.
    /// </summary>
    private async Task<Reply.Answered> FollowUpAsync(string text, FollowUp followUp, ConversationContext context, Language? prior, CancellationToken cancellationToken)
    {
        var language = LanguageDetector.Detect(text, prior ?? context.Language);
        switch (followUp.Kind)
        {
            case FollowUpKind.InLanguage:
            {
                var groups = Groups(context.Paragraphs);
                var answer = ConversationScope.Says(ShowClauses(groups, followUp.Language!.Value), context.Resolutions);
                return new Reply.Answered(answer, ConversationAction.ShowClauses(groups, answer.Language), OfferSubscription: false);
            }
            case FollowUpKind.WholeResolution:
            {
                var resolution = context.Resolutions[0];
                var answer = ConversationScope.Says(assistant.ShowResolution(resolution, language), [resolution]);
                return new Reply.Answered(answer, ConversationAction.WholeResolution(resolution, answer.Language), OfferSubscription: false);
            }
            default:
            {
                var answer = await assistant.AskAsync(new Question(text, prior ?? context.Language) { Scope = context.Resolutions }, cancellationToken);
                var again = answer.Clauses.Count > 0
                    ? ConversationAction.ShowClauses(Groups(answer.Clauses.Select(c => new QuotedParagraph(c.Citation.Resolution, c.Citation.Paragraph))), answer.Language)
                    : ConversationAction.AskQuestion(text);
                return new Reply.Answered(answer, again, OfferSubscription: false);
            }
        }
    }

    private async Task<Reply> PressAsync(Turn turn, ConversationAction action, Language? prior, CancellationToken cancellationToken)
    {
        var fallback = prior ?? Language.En;
        if (!action.IsComplete)
            return new Reply.Refused("Unknown action.", fallback);
        var language = action.ChosenLanguage ?? fallback;
        if (action.Kind == ConversationAction.Subscribe)
            return await SubscribeToTopicAsync(turn, action.Question, language, cancellationToken);

        // A language chosen on a button is the one the user reads: it becomes their preference.
        if (action.Kind == ConversationAction.Show && action.ChosenLanguage is { } chosen)
            await preferences.ChooseLanguageAsync(turn, chosen, cancellationToken);
        var answer = action.Kind switch
        {
            ConversationAction.Show => ShowClauses(action.BoundedGroups, language),
            ConversationAction.Resolution => assistant.ShowResolution(action.ResolutionKey!, language),
            _ => await assistant.AskAsync(new Question(action.Question!, prior, action.ChosenLanguage), cancellationToken),
        };
        await memory.RememberAsync(turn, answer, cancellationToken);
        // An example question pressed on a welcome card is a question like any typed one.
        return new Reply.Answered(answer, action, OfferSubscription: action.Kind == ConversationAction.Ask);
    }

    /// <summary>
    /// "Subscribe to this topic": the question is the topic, taken whole (never read for options), with the defaults:
    /// 08:00 in the user's time zone, in the language of the answer.
    /// </summary>
    private Task<Reply> SubscribeToTopicAsync(Turn turn, string? topic, Language language, CancellationToken cancellationToken)
    {
        var trimmed = topic?.Trim() ?? "";
        SubscriptionCommand command = trimmed.Length is 0 or > ConversationAction.MaxQuestionLength
            ? new SubscriptionCommand.Invalid(language, SubscriptionProblem.MissingTopic)
            : new SubscriptionCommand.Subscribe(language, trimmed, null, null, null, false);
        return SubscribeAsync(turn, command, trimmed, cancellationToken);
    }

    private async Task<Reply> SubscribeAsync(Turn turn, SubscriptionCommand command, string text, CancellationToken cancellationToken)
    {
        if (!_channels.TryGetValue(turn.Platform, out var channel)
            || await channel.PrepareAsync(turn, command, text, cancellationToken) is not { } request)
            return new Reply.Refused("No conversation to subscribe.", command.Language);
        return new Reply.Subscription(await subscriptions.RunAsync(request, command, cancellationToken));
    }

    /// <summary>Clauses from several resolutions in one answer: the first one's lead, every clause in order.</summary>
    private Answer ShowClauses(IReadOnlyList<ParagraphGroup> groups, Language language)
    {
        var answers = groups.Select(g => assistant.ShowParagraphs(g.Resolution, g.Paragraphs, language)).ToList();
        var found = answers.Where(a => a.Outcome == AnswerOutcome.Found).ToList();
        if (answers.Count == 1 || found.Count == 0)
            return answers[0];
        return found[0] with
        {
            Clauses = found.SelectMany(a => a.Clauses).ToList(),
            Notes = found.SelectMany(a => a.Notes).Distinct().ToList(),
            Resolutions = found.SelectMany(a => a.Resolutions).Distinct().ToList(),
        };
    }

    private static IReadOnlyList<ParagraphGroup> Groups(IEnumerable<QuotedParagraph> paragraphs) =>
        paragraphs.GroupBy(p => p.Resolution)
            .Select(g => new ParagraphGroup(g.Key, g.Select(p => p.Paragraph).Distinct().ToList()))
            .ToList();
}
