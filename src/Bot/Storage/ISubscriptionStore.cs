namespace ResBot.Bot.Storage;

/// <summary>Digest subscriptions: what each conversation asked to be told about, and when.</summary>
public interface ISubscriptionStore
{
    /// <summary>Stores a new subscription; the returned copy carries its id.</summary>
    Task<Subscription> AddSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken = default);

    Task<Subscription?> GetSubscriptionAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A conversation's subscriptions, oldest first, paused ones included.</summary>
    Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string platform, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Every subscription not paused, in id order.</summary>
    Task<IReadOnlyList<Subscription>> ListActiveSubscriptionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes a subscription of that conversation with its records; false when the conversation has no such subscription.</summary>
    Task<bool> RemoveSubscriptionAsync(string platform, string conversationId, long id, CancellationToken cancellationToken = default);

    /// <summary>Pauses (or resumes) every subscription of a conversation, e.g. when the platform refuses writes.</summary>
    Task SetSubscriptionsPausedAsync(string platform, string conversationId, bool paused, string? reason, CancellationToken cancellationToken = default);
}
