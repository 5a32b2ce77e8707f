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
        """
        CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            platform TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            topic TEXT NOT NULL,
            local_time TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            language TEXT NOT NULL,
            always_send INTEGER NOT NULL,
            created_by TEXT NULL,
            created_at TEXT NOT NULL,
            paused INTEGER NOT NULL DEFAULT 0,
            paused_reason TEXT NULL);
        CREATE INDEX subscriptions_conversation ON subscriptions (platform, conversation_id);
        CREATE TABLE digest_deliveries (
            subscription_id BIGINT NOT NULL,
            local_date TEXT NOT NULL,
            state TEXT NOT NULL,
            platform_message_id TEXT NULL,
            attempts INTEGER NOT NULL,
            claimed_by TEXT NULL,
            lease_until TEXT NOT NULL,
            note TEXT NULL,
            paragraph_ids TEXT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (subscription_id, local_date));
        CREATE INDEX digest_deliveries_local_date ON digest_deliveries (local_date);
        CREATE TABLE digest_sent_paragraphs (
            subscription_id BIGINT NOT NULL,
            paragraph_id TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (subscription_id, paragraph_id));
        CREATE TABLE corpus_paragraphs (
            paragraph_id TEXT NOT NULL PRIMARY KEY,
            first_seen_at TEXT NOT NULL);
        """,
        """
        CREATE TABLE inbound_queue (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            claimed_by TEXT NULL,
            lease_until TEXT NOT NULL,
            received_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            error TEXT NULL);
        CREATE INDEX inbound_queue_claimable ON inbound_queue (state, lease_until);
        """,
        """
        CREATE TABLE answered_messages (
            platform TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            message_id TEXT NOT NULL,
            question TEXT NOT NULL,
            language TEXT NOT NULL,
            mode TEXT NOT NULL,
            outcome TEXT NOT NULL,
            citations TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (platform, conversation_id, message_id));
        CREATE INDEX answered_messages_sent_at ON answered_messages (sent_at);
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            platform TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            message_id TEXT NOT NULL,
            question TEXT NOT NULL,
            language TEXT NOT NULL,
            mode TEXT NOT NULL,
            outcome TEXT NOT NULL,
            citations TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            user_id TEXT NOT NULL,
            reaction TEXT NOT NULL,
            comment TEXT NULL,
            given_at TEXT NOT NULL,
            UNIQUE (platform, conversation_id, message_id, user_id));
        CREATE INDEX feedback_given_at ON feedback (given_at);
        """,
        """
        ALTER TABLE digest_deliveries ADD COLUMN send_started_at TEXT NULL;
        """,
        """
        CREATE TABLE conversation_contexts (
            platform TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            resolutions TEXT NOT NULL,
            paragraphs TEXT NOT NULL,
            language TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            PRIMARY KEY (platform, conversation_id));
        CREATE INDEX conversation_contexts_expires_at ON conversation_contexts (expires_at);
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
