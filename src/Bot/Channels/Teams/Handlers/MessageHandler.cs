using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Citations;
using ResBot.Bot.Channels.Teams.Connector;
using ResBot.Bot.Channels.Teams.Conversation;

namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>
/// A message in a personal chat, group chat or channel, or an Action.Submit press (a message whose value is the
/// button's data): handed to the conversation as a turn, and its reply sent in reply to the message (an answer as
/// <see cref="AnswerReplies"/> sends it, the rest as cards).
/// </summary>
internal sealed class MessageHandler(ConversationService conversation, AnswerReplies answers, IBotConnector connector, ConversationMemory conversations) : IActivityHandler
{
    public ActivityRoute Route => new(ActivityTypes.Message);

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        await conversations.RememberAsync(activity, cancellationToken);
        // Retrieval, and a model when one is configured, can take a while: the user sees the bot is on it.
        var reply = await conversation.HandleAsync(TeamsTurns.From(activity),
            async () => await TypingIndicator.StartAsync(connector, activity, cancellationToken), cancellationToken);
        if (reply is Reply.Answered answered)
            await answers.SendAsync(activity, answered.Answer, answered.OfferSubscription, cancellationToken);
        else if (TeamsReplies.Message(reply) is { } message)
            await connector.ReplyAsync(activity, message, reply is Reply.Failed ? CancellationToken.None : cancellationToken);
        return TurnResult.Ok;
    }
}
