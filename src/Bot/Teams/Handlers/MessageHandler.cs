using ResBot.Bot.Conversations;
using ResBot.Bot.Teams.Activities;
using ResBot.Bot.Teams.Connector;
using ResBot.Bot.Teams.Conversation;

namespace ResBot.Bot.Teams.Handlers;

/// <summary>
/// A message in a personal chat, group chat or channel, or an Action.Submit press (a message whose value is the
/// button's data): handed to the conversation as a turn, and its reply sent as a card in reply to the message.
/// </summary>
internal sealed class MessageHandler(ConversationService conversation, IBotConnector connector, ConversationMemory conversations) : IActivityHandler
{
    public ActivityRoute Route => new(ActivityTypes.Message);

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        await conversations.RememberAsync(activity, cancellationToken);
        // Retrieval, and a model when one is configured, can take a while: the user sees the bot is on it.
        var reply = await conversation.HandleAsync(TeamsTurns.From(activity),
            () => connector.ReplyAsync(activity, new Activity { Type = ActivityTypes.Typing }, cancellationToken), cancellationToken);
        if (TeamsReplies.Message(reply) is { } message)
            await connector.ReplyAsync(activity, message, reply is Reply.Failed ? CancellationToken.None : cancellationToken);
        return TurnResult.Ok;
    }
}
