using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Connector;
using ResBot.Bot.Conversations;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Channels.Teams.Conversation;

/// <summary>
/// A reply that Teams refuses because the user blocked or removed the bot (403 MessageWritesBlocked) marks the
/// conversation inactive, so no digest is tried there until someone speaks in it again. Proactive sends pass through:
/// their caller, the digest runner, records the refusal itself (with the subscription's pause), once.
/// </summary>
internal sealed class InactiveWhenBlocked(IBotConnector inner, IConversationStore store, ILogger<InactiveWhenBlocked> logger) : IBotConnector
{
    public async Task<ConnectorResult> ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken = default)
    {
        var result = await inner.ReplyAsync(inbound, reply, cancellationToken);
        if (result.Outcome == ConnectorOutcome.Blocked && inbound.Conversation?.Id is { } conversationId)
        {
            logger.LogInformation("Teams refuses writes to conversation {Conversation}; marking it inactive", conversationId);
            await store.SetConversationActiveAsync(Platform.Teams.Id, conversationId, false, CancellationToken.None);
        }
        return result;
    }

    public Task<ConnectorResult> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken = default) =>
        inner.SendAsync(reference, activity, cancellationToken);
}
