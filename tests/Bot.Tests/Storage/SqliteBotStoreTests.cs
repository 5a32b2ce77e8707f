using Microsoft.Data.Sqlite;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Tests.Storage;

/// <summary>The store contract on SQLite: a `resbot.db` file in a fresh temporary `Data:Path`.</summary>
public sealed class SqliteBotStoreTests : BotStoreContract
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "resbot-tests", Guid.NewGuid().ToString("N"), "data");

    protected override Task CreateDatabaseAsync() => Task.CompletedTask;

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
        return Task.CompletedTask;
    }

    internal override SqlBotStore CreateStore() => new SqliteBotStore(_dataFolder);

    [Fact]
    public async Task The_database_is_a_file_under_the_data_folder_in_wal_mode()
    {
        await Store.SaveConversationAsync(new ConversationReference("slack", "C1", null, "T1", null, null, null));

        var file = Path.Combine(_dataFolder, "resbot.db");
        Assert.True(File.Exists(file));
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }
}
