using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResBot.Bot.Hosting;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Tests.Storage;

public sealed class StorageRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section);
        services.AddResBotStorage(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task With_nothing_configured_the_store_is_a_sqlite_file_under_the_data_folder()
    {
        // A folder of this user's own: a fixed shared one under /tmp is someone else's when another user ran the tests first.
        var dataFolder = Directory.CreateTempSubdirectory("resbot-storage-").FullName;
        await using (var provider = Build(new() { ["Data:Path"] = dataFolder }))
        {
            var store = provider.GetRequiredService<IBotStore>();
            await store.SaveConversationAsync(new ConversationReference("slack", "C1", null, "T1", null, null, null));

            Assert.IsType<SqliteBotStore>(store);
            Assert.True(File.Exists(Path.Combine(dataFolder, "resbot.db")));
        }
        Directory.Delete(dataFolder, recursive: true);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_refused_with_a_message_naming_the_setting()
    {
        await using var provider = Build(new() { ["Storage:Provider"] = "postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("Storage:ConnectionString", error.Message);
    }

    [Fact]
    public async Task Postgres_with_a_connection_string_selects_the_postgres_store()
    {
        await using var provider = Build(new() { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Database=x" });

        Assert.IsType<PostgresBotStore>(provider.GetRequiredService<IBotStore>());
    }

    [Fact]
    public async Task Every_storage_role_is_the_one_store()
    {
        var dataFolder = Directory.CreateTempSubdirectory("resbot-storage-").FullName;
        await using (var provider = Build(new() { ["Data:Path"] = dataFolder }))
        {
            var store = provider.GetRequiredService<IBotStore>();
            var roles = typeof(IBotStore).GetInterfaces();

            Assert.True(roles.Length >= 10, string.Join(", ", roles.Select(r => r.Name)));
            Assert.All(roles, role => Assert.Same(store, provider.GetRequiredService(role)));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
    }

    [Fact]
    public void Only_storage_itself_names_the_store_of_every_role()
    {
        var source = RepositoryRoot.File("src");
        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(source, file).Replace('\\', '/'))
            .Where(path => !path.StartsWith("Bot/Storage/", StringComparison.Ordinal) && !path.Split('/').Any(part => part is "bin" or "obj"))
            .Where(path => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(Path.Combine(source, path)), @"\bIBotStore\b"));
        Assert.Empty(offenders);
    }
}
