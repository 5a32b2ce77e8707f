namespace ResBot.Bot.Storage;

/// <summary>Keys that may be used once (an OAuth state), recorded with inbound work's idempotency keys.</summary>
public interface IOnceRecorder
{
    /// <summary>
    /// Records <paramref name="key"/> as used (an OAuth state); false when it already was. The same record as inbound
    /// work's idempotency keys, kept a day.
    /// </summary>
    Task<bool> TryRecordOnceAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default);
}
