using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ResBot.Bot.Storage;

/// <summary>The default store: one file, `resbot.db`, under `Data:Path`, in WAL mode so readers never wait for the writer.</summary>
internal sealed class SqliteBotStore : SqlBotStore
{
    public const string FileName = "resbot.db";

    // Writers queue behind each other in SQLite; wait for the lock rather than fail at once.
    private const int BusyTimeoutMilliseconds = 5000;

    private readonly string _connectionString;

    public SqliteBotStore(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        DatabasePath = Path.Combine(dataFolder, FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public string DatabasePath { get; }

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
            active INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (platform, conversation_id));
        CREATE TABLE slack_events (
            event_id TEXT NOT NULL PRIMARY KEY,
            received_at TEXT NOT NULL);
        CREATE INDEX slack_events_received_at ON slack_events (received_at);
        CREATE TABLE user_languages (
            platform TEXT NOT NULL,
            user_id TEXT NOT NULL,
            language TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (platform, user_id));
        CREATE TABLE slack_installations (
            team_id TEXT NOT NULL PRIMARY KEY,
            team_name TEXT NULL,
            encrypted_bot_token TEXT NOT NULL,
            bot_user_id TEXT NULL,
            installed_at TEXT NOT NULL);
        """,
    ];

    protected override string TimestampType => "TEXT";

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    protected override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL is a property of the file: set once, it holds for every later connection and process.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Microsoft.Data.Sqlite begins transactions with BEGIN IMMEDIATE: the write lock is taken up front,
    // so two processes migrating the same file run one after the other.
    protected override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the folder can be deleted (tests, backups).
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
