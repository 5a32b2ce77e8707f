using System.Data.Common;
using System.Globalization;

namespace ResBot.Bot.Storage;

// The inbound queue (an outbox for what arrives): a request is acknowledged only once its row is committed,
// and a worker on any replica claims it with a lease, answers, and marks it done. Same SQL on both providers.
internal abstract partial class SqlBotStore
{
    private static readonly TimeSpan InboundDoneRetention = TimeSpan.FromDays(1);

    public Task<InboundEnqueued> TryEnqueueInboundAsync(
        IReadOnlyList<InboundItem> items, int capacity, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            // The idempotency records and the queued work commit together or not at all: work is never recorded as
            // handled unless it is queued, and never queued twice.
            var fresh = new List<InboundItem>(items.Count);
            foreach (var item in items)
                if (item.IdempotencyKey is null || !await IsSeenAsync(connection, transaction, item.IdempotencyKey, cancellationToken))
                    fresh.Add(item);
            // A retry of queued work is a duplicate even when the queue is full; only new work is refused.
            if (fresh.Count == 0)
                return new InboundEnqueued(InboundEnqueueResult.Duplicate, []);
            var pending = Convert.ToInt64(await Command(connection, "SELECT COUNT(*) FROM inbound_queue WHERE state = 'pending'", transaction)
                .ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (pending >= capacity)
                return new InboundEnqueued(InboundEnqueueResult.Full, []);

            var ids = new List<long>(fresh.Count);
            foreach (var item in fresh)
            {
                if (item.IdempotencyKey is not null && !await TryRecordSeenAsync(connection, transaction, item.IdempotencyKey, now, cancellationToken))
                    continue;
                ids.Add(Convert.ToInt64(await Command(connection, """
                    INSERT INTO inbound_queue (kind, payload, state, attempts, claimed_by, lease_until, received_at, updated_at)
                    VALUES (@kind, @payload, 'pending', 0, @claimant, @lease_until, @now, @now)
                    RETURNING id
                    """, transaction, ("kind", item.Kind), ("payload", item.Payload), ("claimant", item.HeldBy?.Claimant),
                    ("lease_until", item.HeldBy?.Until ?? now), ("now", now)).ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture));
            }
            if (ids.Count == 0)
                return new InboundEnqueued(InboundEnqueueResult.Duplicate, []);
            if (fresh.Any(i => i.IdempotencyKey is not null))
                await Command(connection, "DELETE FROM slack_events WHERE received_at < @cutoff", transaction,
                    ("cutoff", now - SlackEventRetention)).ExecuteNonQueryAsync(cancellationToken);
            return new InboundEnqueued(InboundEnqueueResult.Queued, ids);
        }, cancellationToken);

    public Task<bool> TryRecordOnceAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        InTransactionAsync((connection, transaction) => TryRecordSeenAsync(connection, transaction, key, now, cancellationToken), cancellationToken);

    private static async Task<bool> IsSeenAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) =>
        Convert.ToInt64(await Command(connection, "SELECT COUNT(*) FROM slack_events WHERE event_id = @event_id", transaction, ("event_id", key))
            .ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;

    // Of two replicas receiving the same work at once, the primary key lets exactly one insert the record.
    private static async Task<bool> TryRecordSeenAsync(DbConnection connection, DbTransaction transaction, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Command(connection, "INSERT INTO slack_events (event_id, received_at) VALUES (@event_id, @now) ON CONFLICT (event_id) DO NOTHING",
            transaction, ("event_id", key), ("now", now)).ExecuteNonQueryAsync(cancellationToken) == 1;

    public Task<IReadOnlyList<InboundWork>> ClaimInboundAsync(
        string claimant, int max, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        InTransactionAsync<IReadOnlyList<InboundWork>>(async (connection, transaction) =>
        {
            var candidates = new List<InboundWork>();
            await using (var select = Command(connection, """
                SELECT id, kind, payload, attempts, received_at FROM inbound_queue
                WHERE state = 'pending' AND lease_until <= @now ORDER BY id LIMIT @max
                """, transaction, ("now", now), ("max", max)))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    candidates.Add(new InboundWork(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3) + 1,
                        reader.GetFieldValue<DateTimeOffset>(4)));
            }
            // The conditional update decides between replicas: PostgreSQL re-checks the WHERE after waiting for a
            // competitor's row lock, so of two replicas that selected the same row exactly one updates it.
            var claimed = new List<InboundWork>(candidates.Count);
            foreach (var work in candidates)
            {
                var updated = await Command(connection, """
                    UPDATE inbound_queue SET attempts = attempts + 1, claimed_by = @claimant, lease_until = @lease_until, updated_at = @now
                    WHERE id = @id AND state = 'pending' AND lease_until <= @now
                    """, transaction, ("id", work.Id), ("claimant", claimant), ("lease_until", leaseUntil), ("now", now))
                    .ExecuteNonQueryAsync(cancellationToken);
                if (updated == 1)
                    claimed.Add(work);
            }
            return claimed;
        }, cancellationToken);

    // Renew, complete and release act only for the claim that holds the row: the claimant and its attempt number
    // (a row reclaimed by the same replica after its lease ran out is a different claim).
    private const string HeldByClaim = "id = @id AND claimed_by = @claimant AND attempts = @attempt AND state = 'pending'";

    public async Task<bool> RenewInboundAsync(long id, string claimant, int attempt, DateTimeOffset leaseUntil, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await ExecuteAsync($"UPDATE inbound_queue SET lease_until = @lease_until, updated_at = @now WHERE {HeldByClaim}", cancellationToken,
            ("lease_until", leaseUntil), ("now", now), ("id", id), ("claimant", claimant), ("attempt", attempt)) == 1;

    public Task<bool> CompleteInboundAsync(long id, string claimant, int attempt, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var completed = await Command(connection, $"""
                UPDATE inbound_queue SET state = 'done', lease_until = @now, updated_at = @now, error = NULL WHERE {HeldByClaim}
                """, transaction, ("id", id), ("claimant", claimant), ("attempt", attempt), ("now", now)).ExecuteNonQueryAsync(cancellationToken);
            await Command(connection, "DELETE FROM inbound_queue WHERE state = 'done' AND updated_at < @cutoff", transaction,
                ("cutoff", now - InboundDoneRetention)).ExecuteNonQueryAsync(cancellationToken);
            return completed == 1;
        }, cancellationToken);

    public async Task<bool> ReleaseInboundAsync(long id, string claimant, int attempt, DateTimeOffset retryAt, string error, bool giveUp, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await ExecuteAsync($"UPDATE inbound_queue SET state = @state, lease_until = @retry_at, error = @error, updated_at = @now WHERE {HeldByClaim}",
            cancellationToken, ("state", giveUp ? "failed" : "pending"), ("retry_at", retryAt), ("error", error),
            ("now", now), ("id", id), ("claimant", claimant), ("attempt", attempt)) == 1;

    public async Task<IReadOnlyDictionary<string, int>> CountInboundAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT state, COUNT(*) FROM inbound_queue GROUP BY state");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, int> { ["pending"] = 0, ["done"] = 0, ["failed"] = 0 };
        while (await reader.ReadAsync(cancellationToken))
            counts[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        return counts;
    }
}
