namespace ResBot.Bot.Storage;

/// <summary>The follow-up memory of conversations: what each one's last answer was about, for a while.</summary>
public interface IConversationContextStore
{
    /// <summary>Replaces the conversation's context; contexts expired by <paramref name="now"/> are removed on the way.</summary>
    Task SaveContextAsync(ConversationContext context, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The conversation's context, or null when it has none or it expired by <paramref name="now"/>.</summary>
    Task<ConversationContext?> GetContextAsync(string platform, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Forgets the conversation's context (the bot was removed from it).</summary>
    Task RemoveContextAsync(string platform, string conversationId, CancellationToken cancellationToken = default);
}
