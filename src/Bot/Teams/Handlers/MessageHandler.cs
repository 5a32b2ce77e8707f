using ResBot.Bot.Digests;
using ResBot.Bot.Teams.Activities;
using ResBot.Bot.Teams.Cards;
using ResBot.Bot.Teams.Citations;
using ResBot.Bot.Teams.Connector;
using ResBot.Bot.Teams.Conversation;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Teams.Handlers;

/// <summary>
/// A message in a personal chat, group chat or channel: a question, a help request, a digest subscription command,
/// or a button press (Action.Submit arrives as a message whose value is the button's data).
/// </summary>
internal sealed class MessageHandler(
    IResolutionAssistant assistant,
    CardCommandRunner commands,
    AnswerReplies answers,
    IBotConnector connector,
    ConversationMemory conversations,
    UserLanguage languages,
    TeamsSubscriptions subscriptions,
    ILogger<MessageHandler> logger) : IActivityHandler
{
    public ActivityRoute Route => new(ActivityTypes.Message);

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        await conversations.RememberAsync(activity, cancellationToken);
        var prior = await languages.PriorAsync(activity, cancellationToken);

        if (CardCommand.TryRead(activity.Value, out var command))
            return await PressAsync(activity, command, prior ?? Language.En, cancellationToken);

        var text = MentionText.Strip(activity.Text, activity.Entities, activity.Recipient?.Id);
        if (SubscriptionCommandParser.Parse(text) is { } typed)
        {
            var subscription = await GuardAsync(() => subscriptions.HandleAsync(activity, text, typed, cancellationToken), activity, typed.Language);
            return subscription is null ? TurnResult.Ok : await SendAsync(activity, SubscriptionCardRenderer.Render(subscription), cancellationToken);
        }
        if (text.Length == 0)
            return await SendAsync(activity, HelpCardRenderer.Render(prior ?? Language.En), cancellationToken);
        if (HelpRequest.TryMatch(text, out var helpLanguage))
            return await SendAsync(activity, HelpCardRenderer.Render(helpLanguage), cancellationToken);

        // Retrieval, and a model when one is configured, can take a while: show the user the bot is on it.
        Answer? answer;
        await using (await TypingIndicator.StartAsync(connector, activity, cancellationToken))
            answer = await GuardAsync(async () => await assistant.AskAsync(new Question(text, prior), cancellationToken), activity, prior);
        return answer is null ? TurnResult.Ok : await AnswerAsync(activity, answer, offerSubscription: true, cancellationToken);
    }

    private async Task<TurnResult> PressAsync(Activity activity, CardCommand command, Language fallback, CancellationToken cancellationToken)
    {
        if (command.Command == CardCommand.Subscribe)
        {
            var language = LanguageCodes.TryParse(command.Language, out var asked) ? asked : fallback;
            var reply = await GuardAsync(() => subscriptions.SubscribeAsync(activity, command.Question, language, cancellationToken), activity, language);
            return reply is null ? TurnResult.Ok : await SendAsync(activity, SubscriptionCardRenderer.Render(reply), cancellationToken);
        }
        if (command.Command == CardCommand.Show && LanguageCodes.TryParse(command.Language, out var chosen))
            await languages.ChooseAsync(activity, chosen, cancellationToken);
        var answer = await GuardAsync(() => commands.RunAsync(command, fallback, cancellationToken), activity, fallback);
        // An example question pressed on the welcome card is a question like any typed one.
        var offer = command.Command == CardCommand.Ask;
        return answer is null ? TurnResult.Ok : await AnswerAsync(activity, answer, offer, cancellationToken);
    }

    /// <summary>Runs the core or the store; if it fails, the user hears so in their language instead of silence.</summary>
    private async Task<T?> GuardAsync<T>(Func<Task<T?>> work, Activity activity, Language? language)
        where T : class
    {
        try
        {
            return await work();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Answering a Teams message failed");
            var sorry = TeamsTexts.For(language ?? Language.En).Sorry;
            await connector.ReplyAsync(activity, new Activity { Type = ActivityTypes.Message, Text = sorry }, CancellationToken.None);
            return null;
        }
    }

    private async Task<TurnResult> AnswerAsync(Activity activity, Answer answer, bool offerSubscription, CancellationToken cancellationToken)
    {
        await answers.SendAsync(activity, answer, offerSubscription, cancellationToken);
        return TurnResult.Ok;
    }

    private async Task<TurnResult> SendAsync(Activity activity, CardReply reply, CancellationToken cancellationToken)
    {
        await connector.ReplyAsync(activity, TeamsMessages.FromCard(reply), cancellationToken);
        return TurnResult.Ok;
    }
}
