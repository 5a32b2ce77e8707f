namespace ResBot.Bot.Storage;

/// <summary>`Storage`: which database holds the bot's state.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    /// <summary>"sqlite" (default: a file `resbot.db` under `Data:Path`) or "postgres" (several replicas).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>PostgreSQL only: an Npgsql connection string. SQLite always uses the file under `Data:Path`.</summary>
    public string ConnectionString { get; set; } = "";

    public bool IsPostgres => string.Equals(Provider?.Trim(), Postgres, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider?.Trim(), "postgresql", StringComparison.OrdinalIgnoreCase);
}
