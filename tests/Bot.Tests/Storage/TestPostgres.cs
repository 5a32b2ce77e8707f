using Npgsql;

namespace ResBot.Bot.Tests.Storage;

/// <summary>
/// The PostgreSQL server the tests run against: `RESBOT_TEST_POSTGRES` when set, else a throwaway cluster started once
/// per test run from the installed binaries. Never skipped: without PostgreSQL the tests fail and say how to get it.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "RESBOT_TEST_POSTGRES";

    // Started once for the whole run (and its failure reported once, the same to every test).
    private static readonly Lazy<string> Server = new(() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : ThrowawayPostgres.Start().ConnectionString);

    public static string ServerConnectionString => Server.Value;

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();

    public static async Task CreateDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task DropDatabaseAsync(string database)
    {
        if (!Server.IsValueCreated)
            return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
