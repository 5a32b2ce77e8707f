using Npgsql;

namespace ResBot.Bot.Tests.Storage;

/// <summary>The PostgreSQL server the tests run against. Never skipped: without it, the tests fail and say how to get one.</summary>
public static class TestPostgres
{
    public const string Variable = "RESBOT_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL tests need a real server. Run `source .ci/postgres.sh` (as root: installs and starts PostgreSQL on 127.0.0.1 and exports {Variable}), then run the tests again from that shell.");

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
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 })
            return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
