namespace ResBot.Bot.Storage;

/// <summary>Digest deliveries: the exactly-once claim on each (subscription, day), and which paragraphs each subscription was sent.</summary>
public interface IDeliveryStore
{
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
}
