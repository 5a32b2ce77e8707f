using ResBot.Bot.Storage;
using ResBot.Bot.Channels.Teams.Activities;

namespace ResBot.Bot.Channels.Teams.Connector;

/// <summary>
/// Writes to Teams conversations through the Bot Connector. Only serviceUrls that arrived in validated inbound
/// activities are ever used: the inbound activity itself, or a conversation reference stored from one.
/// </summary>
public interface IBotConnector
{
    /// <summary>Replies to a validated inbound activity: `{serviceUrl}/v3/conversations/{id}/activities/{replyToId}`.</summary>
    Task<ConnectorResult> ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken = default);

    /// <summary>
    /// Posts a new message into a stored conversation (digests): `{serviceUrl}/v3/conversations/{id}/activities`.
    /// Nothing is written to the store: a conversation that refuses writes comes back <see cref="ConnectorOutcome.Blocked"/>
    /// for the caller to record (the digest runner pauses and deactivates; replies go through
    /// <see cref="Conversation.InactiveWhenBlocked"/>). Failures come back
    /// as results, not exceptions: the result says whether trying again later can help, and how long the connector asked to wait.
    /// </summary>
    Task<ConnectorResult> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken = default);
}
