using Microsoft.Data.Sqlite;
using Npgsql;

namespace ResBot.Bot.Storage;

/// <summary>
/// Tells a database that cannot take a write right now (locked, busy, full, unreachable) from a bug, and remembers
/// the last such fault so /readyz reports it while it lasts. A request that meets one gets 503 with Retry-After, and
/// nothing was recorded: Slack redelivers an unacknowledged event callback and the retry is handled as new; a slash
/// command's or a Teams user's request fails visibly and can be sent again.
/// </summary>
public sealed class StorageFaults(TimeProvider time)
{
    /// <summary>How long after the last fault /readyz stays unhealthy without a new one.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    /// <summary>What the Retry-After header says, in seconds.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Writes the 503 with its Retry-After that every caller meeting a fault (or a full queue) answers with.</summary>
    public static void WriteUnavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private (DateTimeOffset At, string Reason)? _last;

    public static bool IsStorageFault(Exception exception) => exception switch
    {
        // Primary result codes: BUSY 5, LOCKED 6, READONLY 8, IOERR 10, FULL 13, CANTOPEN 14, PROTOCOL 15.
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 8 or 10 or 13 or 14 or 15,
        // Class 53 is insufficient resources (53100 disk_full), 57P0x the server shutting down, 55P03 lock_not_available;
        // IsTransient covers lost connections, timeouts and serialization failures.
        PostgresException postgres => postgres.IsTransient || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                                      || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal) || postgres.SqlState == "55P03",
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => exception.InnerException is { } inner && IsStorageFault(inner),
    };

    /// <summary>Notes a fault; the reason is the database's message, which names no secret.</summary>
    public void Report(Exception exception) => _last = (time.GetUtcNow(), Describe(exception));

    /// <summary>The last fault's reason while it is recent, else null.</summary>
    public string? Current => _last is { } last && time.GetUtcNow() - last.At < Window
        ? $"{last.Reason} ({(int)(time.GetUtcNow() - last.At).TotalSeconds} s ago)"
        : null;

    private static string Describe(Exception exception) => exception switch
    {
        SqliteException sqlite => $"SQLite error {sqlite.SqliteErrorCode}: {sqlite.Message}",
        PostgresException postgres => $"PostgreSQL {postgres.SqlState}: {postgres.MessageText}",
        _ => exception.Message,
    };
}
