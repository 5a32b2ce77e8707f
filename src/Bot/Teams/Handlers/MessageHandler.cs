using ResBot.Bot.Teams.Activities;
using ResBot.Bot.Teams.Cards;
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
        if (await subscriptions.TryHandleAsync(activity, text, cancellationToken) is { } subscription)
            return await SendAsync(activity, SubscriptionCardRenderer.Render(subscription), cancellationToken);
        if (text.Length == 0)
            return await SendAsync(activity, HelpCardRenderer.Render(prior ?? Language.En), cancellationToken);
        if (HelpRequest.TryMatch(text, out var helpLanguage))
            return await SendAsync(activity, HelpCardRenderer.Render(helpLanguage), cancellationToken);

        // Retrieval, and a model when one is configured, can take a while: show the user the bot is on it.
        await connector.ReplyAsync(activity, new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        var answer = await AnswerAsync(async () => await assistant.AskAsync(new Question(text, prior), cancellationToken), activity, prior);
        return answer is null ? TurnResult.Ok : await SendAsync(activity, AnswerCardRenderer.Render(answer, offerSubscription: true), cancellationToken);
    }

    private async Task<TurnResult> PressAsync(Activity activity, CardCommand command, Language fallback, CancellationToken cancellationToken)
    {
        if (command.Command == CardCommand.Subscribe)
        {
            var language = LanguageCodes.TryParse(command.Language, out var asked) ? asked : fallback;
            var reply = await subscriptions.SubscribeAsync(activity, command.Question, language, cancellationToken);
            return reply is null ? TurnResult.Ok : await SendAsync(activity, SubscriptionCardRenderer.Render(reply), cancellationToken);
        }
        if (command.Command == CardCommand.Show && LanguageCodes.TryParse(command.Language, out var chosen))
            await languages.ChooseAsync(activity, chosen, cancellationToken);
        var answer = await AnswerAsync(() => commands.RunAsync(command, fallback, cancellationToken), activity, fallback);
        // An example question pressed on the welcome card is a question like any typed one.
        var offer = command.Command == CardCommand.Ask;
        return answer is null ? TurnResult.Ok : await SendAsync(activity, AnswerCardRenderer.Render(answer, offerSubscription: offer), cancellationToken);
    }

    /// <summary>Runs the core; if it fails, the user hears so in their language instead of silence.</summary>
    private async Task<Answer?> AnswerAsync(Func<Task<Answer?>> ask, Activity activity, Language? language)
    {
        try
        {
            return await ask();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Answering a Teams message failed");
            var sorry = TeamsTexts.For(language ?? Language.En).Sorry;
            await connector.ReplyAsync(activity, new Activity { Type = ActivityTypes.Message, Text = sorry }, CancellationToken.None);
            return null;
        }
    }

    private async Task<TurnResult> SendAsync(Activity activity, CardReply reply, CancellationToken cancellationToken)
    {
        await connector.ReplyAsync(activity, TeamsMessages.FromCard(reply), cancellationToken);
        return TurnResult.Ok;
    }
}
