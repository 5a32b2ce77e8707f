namespace ResBot.Bot.Storage;

/// <summary>The inbound queue: what a channel received, written before it is acknowledged and answered by whichever replica claims it.</summary>
public interface IInboundQueue
{
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
}
