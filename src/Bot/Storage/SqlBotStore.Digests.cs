using System.Data.Common;
using System.Globalization;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Storage;

// Digest state: subscriptions, delivery records and seen paragraphs. Same SQL on both providers.
internal abstract partial class SqlBotStore
{
    private const string SubscriptionColumns =
        "id, platform, conversation_id, topic, local_time, time_zone, language, always_send, created_by, created_at, paused, paused_reason";

    private const string DeliveryColumns =
        "subscription_id, local_date, state, platform_message_id, attempts, lease_until, note, paragraph_ids, updated_at, send_started_at";

    public async Task<Subscription> AddSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"""
            INSERT INTO subscriptions (platform, conversation_id, topic, local_time, time_zone, language, always_send, created_by, created_at, paused, paused_reason)
            VALUES (@platform, @conversation_id, @topic, @local_time, @time_zone, @language, @always_send, @created_by, @created_at, @paused, @paused_reason)
            RETURNING id
            """,
            ("platform", subscription.Platform), ("conversation_id", subscription.ConversationId), ("topic", subscription.Topic),
            ("local_time", FormatTime(subscription.LocalTime)), ("time_zone", subscription.TimeZone), ("language", subscription.Language.Code()),
            ("always_send", subscription.Always), ("created_by", subscription.CreatedBy), ("created_at", subscription.CreatedAt),
            ("paused", subscription.Paused), ("paused_reason", subscription.PausedReason));
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return subscription with { Id = id };
    }

    public async Task<Subscription?> GetSubscriptionAsync(long id, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {SubscriptionColumns} FROM subscriptions WHERE id = @id", ReadSubscription, cancellationToken, ("id", id)))
        .FirstOrDefault();

    public Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string platform, string conversationId, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {SubscriptionColumns} FROM subscriptions WHERE platform = @platform AND conversation_id = @conversation_id ORDER BY id",
            ReadSubscription, cancellationToken, ("platform", platform), ("conversation_id", conversationId));

    public Task<IReadOnlyList<Subscription>> ListActiveSubscriptionsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {SubscriptionColumns} FROM subscriptions WHERE paused = @paused ORDER BY id",
            ReadSubscription, cancellationToken, ("paused", false));

    public Task<bool> RemoveSubscriptionAsync(string platform, string conversationId, long id, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            // Scoped to the conversation: nobody unsubscribes another channel by guessing an id.
            var removed = await Command(connection, "DELETE FROM subscriptions WHERE id = @id AND platform = @platform AND conversation_id = @conversation_id",
                transaction, ("id", id), ("platform", platform), ("conversation_id", conversationId)).ExecuteNonQueryAsync(cancellationToken);
            if (removed == 0)
                return false;
            await Command(connection, "DELETE FROM digest_deliveries WHERE subscription_id = @id", transaction, ("id", id)).ExecuteNonQueryAsync(cancellationToken);
            await Command(connection, "DELETE FROM digest_sent_paragraphs WHERE subscription_id = @id", transaction, ("id", id)).ExecuteNonQueryAsync(cancellationToken);
            return true;
        }, cancellationToken);

    public Task SetSubscriptionsPausedAsync(string platform, string conversationId, bool paused, string? reason, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE subscriptions SET paused = @paused, paused_reason = @reason WHERE platform = @platform AND conversation_id = @conversation_id",
            cancellationToken, ("paused", paused), ("reason", paused ? reason : null), ("platform", platform), ("conversation_id", conversationId));

    public Task<IReadOnlyList<DeliveryKey>> TryClaimDeliveriesAsync(
        IReadOnlyList<DeliveryKey> keys, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        InTransactionAsync<IReadOnlyList<DeliveryKey>>(async (connection, transaction) =>
        {
            var claimed = new List<DeliveryKey>();
            // Always in the same order, so two replicas claiming one conversation's keys queue on the first key
            // instead of each winning half of them.
            foreach (var key in keys.Distinct().OrderBy(k => k.SubscriptionId).ThenBy(k => k.LocalDate))
            {
                var parameters = KeyParameters(key).Concat([("claimant", claimant), ("now", now), ("lease_until", leaseUntil)]).ToArray();
                var inserted = await Command(connection, """
                    INSERT INTO digest_deliveries (subscription_id, local_date, state, attempts, claimed_by, lease_until, updated_at)
                    VALUES (@subscription_id, @local_date, 'pending', 1, @claimant, @lease_until, @now)
                    ON CONFLICT (subscription_id, local_date) DO NOTHING
                    """, transaction, parameters).ExecuteNonQueryAsync(cancellationToken);
                // A record already there is claimable only when nobody holds it and the platform never answered for it.
                var reclaimed = inserted == 1 ? 0 : await Command(connection, """
                    UPDATE digest_deliveries SET attempts = attempts + 1, claimed_by = @claimant, lease_until = @lease_until, updated_at = @now
                    WHERE subscription_id = @subscription_id AND local_date = @local_date
                      AND state = 'pending' AND platform_message_id IS NULL AND lease_until < @now
                    """, transaction, parameters).ExecuteNonQueryAsync(cancellationToken);
                if (inserted + reclaimed == 1)
                    claimed.Add(key);
            }
            return claimed;
        }, cancellationToken);

    public Task RecordSkippedDeliveryAsync(DeliveryKey key, string reason, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ExecuteAsync("""
            INSERT INTO digest_deliveries (subscription_id, local_date, state, attempts, lease_until, note, updated_at)
            VALUES (@subscription_id, @local_date, 'skipped', 0, @now, @note, @now)
            ON CONFLICT (subscription_id, local_date) DO NOTHING
            """, cancellationToken, [.. KeyParameters(key), ("now", now), ("note", reason)]);

    public Task SetDeliveryContentAsync(DeliveryKey key, IReadOnlyList<string> paragraphIds, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE digest_deliveries SET paragraph_ids = @ids WHERE subscription_id = @subscription_id AND local_date = @local_date",
            cancellationToken, [.. KeyParameters(key), ("ids", string.Join('\n', paragraphIds))]);

    public Task RecordDeliveryMessageIdAsync(IReadOnlyList<DeliveryKey> keys, string platformMessageId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ForEachKeyAsync(keys, """
            UPDATE digest_deliveries SET platform_message_id = @message_id, updated_at = @now
            WHERE subscription_id = @subscription_id AND local_date = @local_date
            """, cancellationToken, ("message_id", platformMessageId), ("now", now));

    // A claimed record changes only for the replica holding it: another one may have taken it over after the lease.
    private const string HeldBy = "claimed_by = @claimant";

    public Task<bool> MarkDeliveriesSendingAsync(IReadOnlyList<DeliveryKey> keys, string claimant, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var marked = 0;
            foreach (var key in keys)
                marked += await Command(connection, $"""
                    UPDATE digest_deliveries SET send_started_at = @now, updated_at = @now
                    WHERE subscription_id = @subscription_id AND local_date = @local_date AND state = 'pending' AND {HeldBy}
                    """, transaction, [.. KeyParameters(key), ("claimant", claimant), ("now", now)]).ExecuteNonQueryAsync(cancellationToken);
            return marked == keys.Count;
        }, cancellationToken);

    public Task ConfirmDeliveriesAsync(IReadOnlyList<DeliveryKey> keys, string claimant, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var key in keys)
            {
                // Its holder confirms it, or anyone once the platform's message id is recorded (the message exists).
                var confirmed = await Command(connection, $"""
                    UPDATE digest_deliveries SET state = 'sent', note = NULL, updated_at = @now
                    WHERE subscription_id = @subscription_id AND local_date = @local_date AND state = 'pending'
                      AND ({HeldBy} OR platform_message_id IS NOT NULL)
                    """, transaction, [.. KeyParameters(key), ("claimant", claimant), ("now", now)]).ExecuteNonQueryAsync(cancellationToken);
                if (confirmed == 0)
                    continue;
                var ids = await Command(connection, "SELECT paragraph_ids FROM digest_deliveries WHERE subscription_id = @subscription_id AND local_date = @local_date",
                    transaction, KeyParameters(key)).ExecuteScalarAsync(cancellationToken) as string;
                await using var insert = Command(connection, """
                    INSERT INTO digest_sent_paragraphs (subscription_id, paragraph_id, sent_at) VALUES (@subscription_id, @paragraph_id, @now)
                    ON CONFLICT (subscription_id, paragraph_id) DO NOTHING
                    """, transaction, ("subscription_id", key.SubscriptionId), ("paragraph_id", ""), ("now", now));
                foreach (var id in SplitIds(ids))
                {
                    insert.Parameters["paragraph_id"].Value = id;
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            return true;
        }, cancellationToken);

    public Task ReleaseDeliveriesAsync(IReadOnlyList<DeliveryKey> keys, string claimant, DateTimeOffset retryAt, string error, bool mayHaveBeenSent, DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        ForEachKeyAsync(keys, $"""
            UPDATE digest_deliveries SET lease_until = @retry_at, note = @note, updated_at = @now,
                send_started_at = CASE WHEN @may_have_been_sent THEN send_started_at ELSE NULL END
            WHERE subscription_id = @subscription_id AND local_date = @local_date AND state = 'pending' AND {HeldBy}
            """, cancellationToken, ("retry_at", retryAt), ("note", error), ("now", now), ("claimant", claimant), ("may_have_been_sent", mayHaveBeenSent));

    public Task CloseDeliveriesAsync(IReadOnlyList<DeliveryKey> keys, string claimant, DeliveryState state, string note, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (state is not (DeliveryState.Skipped or DeliveryState.Failed))
            throw new ArgumentOutOfRangeException(nameof(state), state, "Only skipped or failed close a delivery without sending it.");
        // Its holder closes it, or anyone once its lease ran out (giving up on a delivery nobody is working on).
        return ForEachKeyAsync(keys, $"""
            UPDATE digest_deliveries SET state = @state, note = @note, updated_at = @now
            WHERE subscription_id = @subscription_id AND local_date = @local_date AND state = 'pending' AND ({HeldBy} OR lease_until < @now)
            """, cancellationToken, ("state", FormatState(state)), ("note", note), ("now", now), ("claimant", claimant));
    }

    public async Task<Delivery?> GetDeliveryAsync(DeliveryKey key, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {DeliveryColumns} FROM digest_deliveries WHERE subscription_id = @subscription_id AND local_date = @local_date",
            ReadDelivery, cancellationToken, KeyParameters(key))).FirstOrDefault();

    public Task<IReadOnlyList<Delivery>> ListDeliveriesAsync(DateOnly since, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {DeliveryColumns} FROM digest_deliveries WHERE local_date >= @since ORDER BY subscription_id, local_date",
            ReadDelivery, cancellationToken, ("since", FormatDate(since)));

    public async Task<IReadOnlySet<string>> GetSentParagraphsAsync(long subscriptionId, CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT paragraph_id FROM digest_sent_paragraphs WHERE subscription_id = @id", reader => reader.GetString(0),
            cancellationToken, ("id", subscriptionId))).ToHashSet(StringComparer.Ordinal);

    public Task RegisterCorpusParagraphsAsync(IReadOnlyCollection<string> paragraphIds, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            await using var insert = Command(connection, """
                INSERT INTO corpus_paragraphs (paragraph_id, first_seen_at) VALUES (@paragraph_id, @now)
                ON CONFLICT (paragraph_id) DO NOTHING
                """, transaction, ("paragraph_id", ""), ("now", now));
            foreach (var id in paragraphIds)
            {
                insert.Parameters["paragraph_id"].Value = id;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            return true;
        }, cancellationToken);

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> GetCorpusParagraphsAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT paragraph_id, first_seen_at FROM corpus_paragraphs",
            reader => (Id: reader.GetString(0), FirstSeen: reader.GetFieldValue<DateTimeOffset>(1)), cancellationToken))
        .ToDictionary(row => row.Id, row => row.FirstSeen, StringComparer.Ordinal);

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }

    private async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private Task ForEachKeyAsync(IReadOnlyList<DeliveryKey> keys, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var key in keys)
                await Command(connection, sql, transaction, [.. KeyParameters(key), .. parameters]).ExecuteNonQueryAsync(cancellationToken);
            return true;
        }, cancellationToken);

    private static (string Name, object? Value)[] KeyParameters(DeliveryKey key) =>
        [("subscription_id", key.SubscriptionId), ("local_date", FormatDate(key.LocalDate))];

    // Dates and times of day are ISO text on both providers: they sort as text, and read the same in either database.
    private static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FormatTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string FormatState(DeliveryState state) => state.ToString().ToLowerInvariant();

    private static IEnumerable<string> SplitIds(string? ids) =>
        string.IsNullOrEmpty(ids) ? [] : ids.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static Subscription ReadSubscription(DbDataReader reader) => new(
        Id: reader.GetInt64(0),
        Platform: reader.GetString(1),
        ConversationId: reader.GetString(2),
        Topic: reader.GetString(3),
        LocalTime: TimeOnly.ParseExact(reader.GetString(4), "HH:mm", CultureInfo.InvariantCulture),
        TimeZone: reader.GetString(5),
        Language: LanguageCodes.TryParse(reader.GetString(6), out var language) ? language : Language.En,
        Always: reader.GetBoolean(7),
        CreatedBy: NullableString(reader, 8),
        CreatedAt: reader.GetFieldValue<DateTimeOffset>(9),
        Paused: reader.GetBoolean(10),
        PausedReason: NullableString(reader, 11));

    private static Delivery ReadDelivery(DbDataReader reader) => new(
        Key: new DeliveryKey(reader.GetInt64(0), DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        State: Enum.Parse<DeliveryState>(reader.GetString(2), ignoreCase: true),
        PlatformMessageId: NullableString(reader, 3),
        Attempts: reader.GetInt32(4),
        LeaseUntil: reader.GetFieldValue<DateTimeOffset>(5),
        Note: NullableString(reader, 6),
        ParagraphIds: SplitIds(NullableString(reader, 7)).ToList(),
        UpdatedAt: reader.GetFieldValue<DateTimeOffset>(8),
        SendStartedAt: reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9));
}
