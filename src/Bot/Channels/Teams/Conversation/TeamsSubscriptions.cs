using ResBot.Bot.Conversations;
using ResBot.Bot.Digests;
using ResBot.Bot.Channels.Teams.Activities;

namespace ResBot.Bot.Channels.Teams.Conversation;

/// <summary>
/// Teams' part in a digest subscription: the conversation it belongs to (the channel in a channel, else the chat),
/// the sender's time zone as the default, and remembering that conversation so the digest runner can post there later.
/// </summary>
internal sealed class TeamsSubscriptions(ConversationMemory conversations) : IChannelSubscriptions
{
    public Platform Platform => Platform.Teams;

    public async Task<SubscriptionRequest?> PrepareAsync(Turn turn, SubscriptionCommand command, string text, CancellationToken cancellationToken)
    {
        if (turn.Origin is not Activity activity || TeamsConversations.SubscriptionConversationId(activity) is not { } conversationId)
            return null;
        // The digest posts to this id later: in a channel that is not the thread the command came in, so it is saved here.
        if (command is SubscriptionCommand.Subscribe)
            await conversations.RememberAsync(activity, conversationId, cancellationToken);
        return new SubscriptionRequest(Platform.Id, conversationId, turn.UserId, text, TeamsConversations.UserTimeZone(activity));
    }
}
