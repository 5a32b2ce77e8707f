using ResBot.Bot.Storage;

namespace ResBot.Bot.Tests.Storage;

/// <summary>
/// The store contract on a real PostgreSQL server: each test creates its own database and drops it afterwards.
/// The server is `RESBOT_TEST_POSTGRES` or a throwaway cluster the tests start themselves (TestPostgres).
/// </summary>
public sealed class PostgresBotStoreTests : BotStoreContract
{
    private readonly string _database = "resbot_test_" + Guid.NewGuid().ToString("N");

    internal override SqlBotStore CreateStore() => new PostgresBotStore(TestPostgres.ConnectionStringFor(_database));

    protected override Task CreateDatabaseAsync() => TestPostgres.CreateDatabaseAsync(_database);

    protected override Task DropDatabaseAsync() => TestPostgres.DropDatabaseAsync(_database);
}
