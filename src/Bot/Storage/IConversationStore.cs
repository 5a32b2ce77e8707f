namespace ResBot.Bot.Storage;

/// <summary>Where the bot can write later: each conversation's reference (digests, proactive messages).</summary>
public interface IConversationStore
{
    Task SaveConversationAsync(ConversationReference reference, CancellationToken cancellationToken = default);

    Task<ConversationReference?> GetConversationAsync(string platform, string conversationId, CancellationToken cancellationToken = default);

    Task RemoveConversationAsync(string platform, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Marks a conversation the bot may no longer write to (Teams 403 MessageWritesBlocked, Slack channel_not_found).</summary>
    Task SetConversationActiveAsync(string platform, string conversationId, bool active, CancellationToken cancellationToken = default);
}
