using Microsoft.Data.Sqlite;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Tests.Storage;

/// <summary>The store contract on SQLite: a `resbot.db` file in a fresh temporary `Data:Path`.</summary>
public sealed class SqliteBotStoreTests : BotStoreContract
{
    // The store creates its data folder: a folder not yet there, inside a temporary folder of this user's own.
    private readonly string _root = Directory.CreateTempSubdirectory("resbot-sqlite-").FullName;

    private string DataFolder => Path.Combine(_root, "data");

    protected override Task CreateDatabaseAsync() => Task.CompletedTask;

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    internal override SqlBotStore CreateStore() => new SqliteBotStore(DataFolder);

    [Fact]
    public async Task The_database_is_a_file_under_the_data_folder_in_wal_mode()
    {
        await Store.SaveConversationAsync(new ConversationReference("slack", "C1", null, "T1", null, null, null));

        var file = Path.Combine(DataFolder, "resbot.db");
        Assert.True(File.Exists(file));
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }
}
