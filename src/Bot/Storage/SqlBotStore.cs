using System.Data.Common;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Storage;

/// <summary>
/// The store in plain ADO.NET. SQLite and PostgreSQL accept the same DML (`@name` parameters,
/// `INSERT … ON CONFLICT`, `RETURNING`), so every query lives here once; a provider supplies its connections,
/// its schema migrations (types differ) and how it serializes a migration.
/// </summary>
internal abstract partial class SqlBotStore : IBotStore, IAsyncDisposable
{
    // Slack retries an event for a few minutes at most; a day of ids is a wide margin.
    private static readonly TimeSpan SlackEventRetention = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim _initializeGate = new(1, 1);
    private volatile bool _initialized;

    /// <summary>The schema, in order: migration i brings the schema to version i + 1. Append only; never edit a shipped one.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>The column type of timestamps in schema_version (the only table created outside the migrations).</summary>
    protected abstract string TimestampType { get; }

    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Makes concurrent start-ups of several replicas migrate one at a time, inside <paramref name="transaction"/>.</summary>
    protected abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Once per process, before the first migration (SQLite: switch the file to WAL).</summary>
    protected virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract ValueTask DisposeAsync();

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
            return;
        await _initializeGate.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
                return;
            await MigrateAsync(cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initializeGate.Release();
        }
    }

    /// <summary>The schema version the database is at (for tests and diagnostics).</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return Convert.ToInt32(await Command(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version").ExecuteScalarAsync(cancellationToken));
    }

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await Command(connection, "SELECT 1").ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    public async Task SaveConversationAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync("""
            INSERT INTO conversations (platform, conversation_id, service_url, tenant_id, bot_id, locale, time_zone, active, updated_at)
            VALUES (@platform, @conversation_id, @service_url, @tenant_id, @bot_id, @locale, @time_zone, @active, @now)
            ON CONFLICT (platform, conversation_id) DO UPDATE SET
                service_url = excluded.service_url, tenant_id = excluded.tenant_id, bot_id = excluded.bot_id,
                locale = excluded.locale, time_zone = excluded.time_zone, active = excluded.active, updated_at = excluded.updated_at
            """, cancellationToken,
            ("platform", reference.Platform), ("conversation_id", reference.ConversationId), ("service_url", reference.ServiceUrl),
            ("tenant_id", reference.TenantId), ("bot_id", reference.BotId), ("locale", reference.Locale),
            ("time_zone", reference.TimeZone), ("active", reference.Active), ("now", DateTimeOffset.UtcNow));
    }

    public async Task<ConversationReference?> GetConversationAsync(string platform, string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT platform, conversation_id, service_url, tenant_id, bot_id, locale, time_zone, active
            FROM conversations WHERE platform = @platform AND conversation_id = @conversation_id
            """, ("platform", platform), ("conversation_id", conversationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadConversation(reader) : null;
    }

    public Task RemoveConversationAsync(string platform, string conversationId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM conversations WHERE platform = @platform AND conversation_id = @conversation_id", cancellationToken,
            ("platform", platform), ("conversation_id", conversationId));

    public Task SetConversationActiveAsync(string platform, string conversationId, bool active, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE conversations SET active = @active, updated_at = @now WHERE platform = @platform AND conversation_id = @conversation_id",
            cancellationToken, ("active", active), ("now", DateTimeOffset.UtcNow), ("platform", platform), ("conversation_id", conversationId));

    public Task SetUserLanguageAsync(string platform, string userId, Language language, CancellationToken cancellationToken = default) =>
        ExecuteAsync("""
            INSERT INTO user_languages (platform, user_id, language, updated_at) VALUES (@platform, @user_id, @language, @now)
            ON CONFLICT (platform, user_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at
            """, cancellationToken, ("platform", platform), ("user_id", userId), ("language", language.Code()), ("now", DateTimeOffset.UtcNow));

    public async Task<Language?> GetUserLanguageAsync(string platform, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var code = await Command(connection, "SELECT language FROM user_languages WHERE platform = @platform AND user_id = @user_id",
            ("platform", platform), ("user_id", userId)).ExecuteScalarAsync(cancellationToken) as string;
        return LanguageCodes.TryParse(code, out var language) ? language : null;
    }

    public Task SaveSlackInstallationAsync(SlackInstallation installation, CancellationToken cancellationToken = default) =>
        ExecuteAsync("""
            INSERT INTO slack_installations (team_id, team_name, encrypted_bot_token, bot_user_id, installed_at)
            VALUES (@team_id, @team_name, @token, @bot_user_id, @installed_at)
            ON CONFLICT (team_id) DO UPDATE SET team_name = excluded.team_name, encrypted_bot_token = excluded.encrypted_bot_token,
                bot_user_id = excluded.bot_user_id, installed_at = excluded.installed_at
            """, cancellationToken, ("team_id", installation.TeamId), ("team_name", installation.TeamName),
            ("token", installation.EncryptedBotToken), ("bot_user_id", installation.BotUserId), ("installed_at", installation.InstalledAt));

    public async Task<SlackInstallation?> GetSlackInstallationAsync(string teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT team_id, team_name, encrypted_bot_token, bot_user_id, installed_at FROM slack_installations WHERE team_id = @team_id",
            ("team_id", teamId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new SlackInstallation(reader.GetString(0), NullableString(reader, 1), reader.GetString(2), NullableString(reader, 3),
            reader.GetFieldValue<DateTimeOffset>(4));
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await PrepareDatabaseAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);
        await Command(connection, $"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at {TimestampType} NOT NULL)", transaction)
            .ExecuteNonQueryAsync(cancellationToken);
        var current = Convert.ToInt32(await Command(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction)
            .ExecuteScalarAsync(cancellationToken));
        if (current > Migrations.Count)
            throw new InvalidOperationException($"The database is at schema version {current}, newer than this build knows ({Migrations.Count}): refusing to run an older build against it.");
        for (var version = current + 1; version <= Migrations.Count; version++)
        {
            await Command(connection, Migrations[version - 1], transaction).ExecuteNonQueryAsync(cancellationToken);
            await Command(connection, "INSERT INTO schema_version (version, applied_at) VALUES (@version, @now)", transaction,
                ("version", version), ("now", DateTimeOffset.UtcNow)).ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A connection on a migrated database.</summary>
    protected async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    protected async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Command(connection, sql, null, parameters);

    protected static DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = Normalize(value);
            command.Parameters.Add(parameter);
        }
        return command;
    }

    // Timestamps are stored in UTC (PostgreSQL's timestamptz requires it; in SQLite it keeps text order = time order).
    private static object Normalize(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset timestamp => timestamp.ToUniversalTime(),
        _ => value,
    };

    protected static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static ConversationReference ReadConversation(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3), NullableString(reader, 4),
        NullableString(reader, 5), NullableString(reader, 6), reader.GetBoolean(7));
}
