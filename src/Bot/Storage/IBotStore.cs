using ResBot.Bot.Feedback;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Storage;

/// <summary>
/// All of the bot's state, behind one interface: SQLite by default, PostgreSQL when several replicas run.
/// </summary>
public interface IBotStore
{
    /// <summary>Creates or migrates the schema. Called once at start-up.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the database answers (used by /readyz).</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken = default);

    Task SaveConversationAsync(ConversationReference reference, CancellationToken cancellationToken = default);

    Task<ConversationReference?> GetConversationAsync(string platform, string conversationId, CancellationToken cancellationToken = default);

    Task RemoveConversationAsync(string platform, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Marks a conversation the bot may no longer write to (Teams 403 MessageWritesBlocked, Slack channel_not_found).</summary>
    Task SetConversationActiveAsync(string platform, string conversationId, bool active, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records <paramref name="key"/> as used (an OAuth state); false when it already was. The same record as inbound
    /// work's idempotency keys, kept a day.
    /// </summary>
    Task<bool> TryRecordOnceAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default);

    // The inbound queue: what Slack sent, written before it is acknowledged and answered by whichever replica claims it.

    /// <summary>
    /// Queues inbound work durably, every item in one transaction. An item whose <see cref="InboundItem.IdempotencyKey"/> was
    /// already recorded is left out (all of them: <see cref="InboundEnqueueResult.Duplicate"/>); when the queue holds
    /// <paramref name="capacity"/> pending rows nothing is written or recorded (<see cref="InboundEnqueueResult.Full"/>).
    /// </summary>
    Task<InboundEnqueued> TryEnqueueInboundAsync(IReadOnlyList<InboundItem> items, int capacity, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Claims up to <paramref name="max"/> pending rows whose lease ran out (or that were never claimed), oldest first, until <paramref name="leaseUntil"/>.</summary>
    Task<IReadOnlyList<InboundWork>> ClaimInboundAsync(string claimant, int max, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Extends a claim's lease while its answer is being worked on; false when that claim no longer holds the row.</summary>
    Task<bool> RenewInboundAsync(long id, string claimant, int attempt, DateTimeOffset leaseUntil, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Marks claimed work done once its answer was sent; false (and nothing changed) when that claim no longer holds it.</summary>
    Task<bool> CompleteInboundAsync(long id, string claimant, int attempt, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives claimed work back, to be claimed again from <paramref name="retryAt"/>; with <paramref name="giveUp"/>, ends it as failed.
    /// False (and nothing changed) when that claim no longer holds it.
    /// </summary>
    Task<bool> ReleaseInboundAsync(long id, string claimant, int attempt, DateTimeOffset retryAt, string error, bool giveUp, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Rows of the inbound queue by state (pending, done, failed): the backlog, for /readyz and the tests.</summary>
    Task<IReadOnlyDictionary<string, int>> CountInboundAsync(CancellationToken cancellationToken = default);

    Task SetUserLanguageAsync(string platform, string userId, Language language, CancellationToken cancellationToken = default);

    Task<Language?> GetUserLanguageAsync(string platform, string userId, CancellationToken cancellationToken = default);

    /// <summary>Stores a workspace's installation; the token arrives already encrypted by the caller.</summary>
    Task SaveSlackInstallationAsync(SlackInstallation installation, CancellationToken cancellationToken = default);

    Task<SlackInstallation?> GetSlackInstallationAsync(string teamId, CancellationToken cancellationToken = default);

    // Digests: subscriptions, delivery records (the exactly-once claim), and which paragraphs each subscription has seen.

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

    /// <summary>
    /// Claims deliveries for sending, atomically across replicas: a key is claimed when no record exists yet (one is written,
    /// pending), or when its pending record has no platform message id and its lease ran out (a crash or a transient failure).
    /// Returns the keys this caller now holds until <paramref name="leaseUntil"/>.
    /// </summary>
    Task<IReadOnlyList<DeliveryKey>> TryClaimDeliveriesAsync(IReadOnlyList<DeliveryKey> keys, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Records a digest deliberately not sent (missed by more than a day); does nothing when a record exists.</summary>
    Task RecordSkippedDeliveryAsync(DeliveryKey key, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Writes, before the send, which paragraphs a claimed delivery holds.</summary>
    Task SetDeliveryContentAsync(DeliveryKey key, IReadOnlyList<string> paragraphIds, CancellationToken cancellationToken = default);

    /// <summary>Records the platform's message id the moment it answers: from then on the digest is never sent again.</summary>
    Task RecordDeliveryMessageIdAsync(IReadOnlyList<DeliveryKey> keys, string platformMessageId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records, just before the send, that a send of these claimed deliveries is starting (<see cref="Delivery.SendStartedAt"/>);
    /// false when <paramref name="claimant"/> no longer holds them all (then it must not send).
    /// </summary>
    Task<bool> MarkDeliveriesSendingAsync(IReadOnlyList<DeliveryKey> keys, string claimant, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks pending deliveries sent and their paragraphs seen by their subscriptions: those <paramref name="claimant"/>
    /// holds, and any whose platform message id is recorded.
    /// </summary>
    Task ConfirmDeliveriesAsync(IReadOnlyList<DeliveryKey> keys, string claimant, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives deliveries <paramref name="claimant"/> holds back after a failure, to be claimed again from <paramref name="retryAt"/>.
    /// Unless <paramref name="mayHaveBeenSent"/>, the send is known not to have happened and the mark of a started send is cleared.
    /// </summary>
    Task ReleaseDeliveriesAsync(IReadOnlyList<DeliveryKey> keys, string claimant, DateTimeOffset retryAt, string error, bool mayHaveBeenSent, DateTimeOffset now,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends pending deliveries without sending: <see cref="DeliveryState.Skipped"/> (nothing new) or <see cref="DeliveryState.Failed"/>;
    /// those <paramref name="claimant"/> holds, or whose lease ran out.
    /// </summary>
    Task CloseDeliveriesAsync(IReadOnlyList<DeliveryKey> keys, string claimant, DeliveryState state, string note, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<Delivery?> GetDeliveryAsync(DeliveryKey key, CancellationToken cancellationToken = default);

    /// <summary>Delivery records for local dates on or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<Delivery>> ListDeliveriesAsync(DateOnly since, CancellationToken cancellationToken = default);

    /// <summary>The paragraphs ("document|resolution|paragraph") a subscription has already been sent.</summary>
    Task<IReadOnlySet<string>> GetSentParagraphsAsync(long subscriptionId, CancellationToken cancellationToken = default);

    /// <summary>Notes when each corpus paragraph was first seen; ids already known keep their first date.</summary>
    Task RegisterCorpusParagraphsAsync(IReadOnlyCollection<string> paragraphIds, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Every paragraph id ever seen in the corpus, with when it was first seen.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> GetCorpusParagraphsAsync(CancellationToken cancellationToken = default);

    // Feedback: each answer sent to a question, remembered by its message, and the thumbs given on it.

    /// <summary>Remembers an answer sent (its message id, question, citations, mode); answers older than the retention are pruned.</summary>
    Task SaveAnsweredMessageAsync(AnsweredMessage message, CancellationToken cancellationToken = default);

    Task<AnsweredMessage?> GetAnsweredMessageAsync(string platform, string conversationId, string messageId, CancellationToken cancellationToken = default);

    /// <summary>Stores feedback; the same user's feedback on the same answer replaces the earlier one. The returned copy carries its id.</summary>
    Task<FeedbackEntry> SaveFeedbackAsync(FeedbackEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Feedback matching <paramref name="filter"/>, oldest first.</summary>
    Task<IReadOnlyList<FeedbackEntry>> ListFeedbackAsync(FeedbackFilter filter, CancellationToken cancellationToken = default);
}
