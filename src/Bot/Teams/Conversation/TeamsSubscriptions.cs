using ResBot.Bot.Digests;
using ResBot.Bot.Teams.Activities;
using ResBot.Bot.Teams.Connector;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Teams.Conversation;

/// <summary>
/// Hands digest subscription commands, typed or pressed, to <see cref="SubscriptionCommands"/> for the conversation
/// they belong to (the channel in a channel, else the chat), with the sender's time zone as the default, and remembers
/// that conversation so the digest runner can post there later.
/// </summary>
internal sealed class TeamsSubscriptions(SubscriptionCommands commands, ConversationMemory conversations)
{
    /// <summary>A topic from a button came back from the client: bounded like a question.</summary>
    public const int MaxTopicLength = 500;

    /// <summary>The reply, or null when <paramref name="text"/> is not a subscription command.</summary>
    public async Task<SubscriptionReply?> TryHandleAsync(Activity activity, string text, CancellationToken cancellationToken) =>
        SubscriptionCommandParser.Parse(text) is { } command ? await RunAsync(activity, text, command, cancellationToken) : null;

    /// <summary>
    /// "Subscribe to this topic": the question is the topic, taken whole (never read for options), with the defaults:
    /// 08:00 in the sender's time zone, in the language of the answer.
    /// </summary>
    public Task<SubscriptionReply?> SubscribeAsync(Activity activity, string? topic, Language language, CancellationToken cancellationToken)
    {
        var trimmed = topic?.Trim() ?? "";
        SubscriptionCommand command = trimmed.Length is 0 or > MaxTopicLength
            ? new SubscriptionCommand.Invalid(language, SubscriptionProblem.MissingTopic)
            : new SubscriptionCommand.Subscribe(language, trimmed, null, null, null, false);
        return RunAsync(activity, trimmed, command, cancellationToken);
    }

    private async Task<SubscriptionReply?> RunAsync(Activity activity, string text, SubscriptionCommand command, CancellationToken cancellationToken)
    {
        if (TeamsConversations.SubscriptionConversationId(activity) is not { } conversationId)
            return null;
        // The digest posts to this id later: in a channel that is not the thread the command came in, so it is saved here.
        if (command is SubscriptionCommand.Subscribe)
            await conversations.RememberAsync(activity, conversationId, cancellationToken);
        var request = new SubscriptionRequest(
            BotConnectorClient.Platform, conversationId, activity.From?.AadObjectId ?? activity.From?.Id, text, TeamsConversations.UserTimeZone(activity));
        return await commands.RunAsync(request, command, cancellationToken);
    }
}
