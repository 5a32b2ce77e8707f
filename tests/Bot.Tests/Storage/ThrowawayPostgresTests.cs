using Npgsql;

namespace ResBot.Bot.Tests.Storage;

/// <summary>Issue 14, finding 3: `dotnet test` alone brings its own PostgreSQL when the binaries are installed.</summary>
public sealed class ThrowawayPostgresTests
{
    [Fact]
    public async Task A_throwaway_cluster_starts_from_the_installed_binaries_answers_and_stops()
    {
        string connectionString;
        using (var server = ThrowawayPostgres.Start())
        {
            connectionString = server.ConnectionString;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_user", connection);
            Assert.Equal("resbot", await command.ExecuteScalarAsync());
        }

        NpgsqlConnection.ClearAllPools();
        await using var after = new NpgsqlConnection(connectionString + ";Timeout=2");
        await Assert.ThrowsAnyAsync<Exception>(() => after.OpenAsync());
    }
}
