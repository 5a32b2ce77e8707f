using System.Data.Common;
using Npgsql;

namespace ResBot.Bot.Storage;

/// <summary>The store for several replicas: `Storage:Provider=postgres`, `Storage:ConnectionString`.</summary>
internal sealed class PostgresBotStore(string connectionString) : SqlBotStore
{
    // Any constant shared by every replica of this app; it names the advisory lock that serializes migrations.
    private const long MigrationLockKey = 0x5265_7342_6F74; // "ResBot"

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE conversations (
            platform TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            service_url TEXT NULL,
            tenant_id TEXT NULL,
            bot_id TEXT NULL,
            locale TEXT NULL,
            time_zone TEXT NULL,
            active BOOLEAN NOT NULL DEFAULT TRUE,
            updated_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (platform, conversation_id));
        CREATE TABLE slack_events (
            event_id TEXT NOT NULL PRIMARY KEY,
            received_at TIMESTAMPTZ NOT NULL);
        CREATE INDEX slack_events_received_at ON slack_events (received_at);
        CREATE TABLE user_languages (
            platform TEXT NOT NULL,
            user_id TEXT NOT NULL,
            language TEXT NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (platform, user_id));
        CREATE TABLE slack_installations (
            team_id TEXT NOT NULL PRIMARY KEY,
            team_name TEXT NULL,
            encrypted_bot_token TEXT NOT NULL,
            bot_user_id TEXT NULL,
            installed_at TIMESTAMPTZ NOT NULL);
        """,
    ];

    protected override string TimestampType => "TIMESTAMPTZ";

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    // Two replicas starting together must not both run a migration: the second waits here until the first commits.
    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT pg_advisory_xact_lock(@key)", transaction, ("key", MigrationLockKey));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
