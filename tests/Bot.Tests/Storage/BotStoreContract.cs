using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Storage;

/// <summary>
/// What every store must do, run against each provider (SQLite and a real PostgreSQL).
/// Each test gets a fresh database; <see cref="OpenStoreAsync"/> opens another store on the same one, as a restart or a second replica would.
/// </summary>
public abstract partial class BotStoreContract : IAsyncLifetime
{
    private readonly List<SqlBotStore> _stores = [];

    internal SqlBotStore Store { get; private set; } = null!;

    /// <summary>Creates the empty database this test runs on.</summary>
    protected abstract Task CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    internal abstract SqlBotStore CreateStore();

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        Store = await OpenStoreAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
            await store.DisposeAsync();
        await DropDatabaseAsync();
    }

    internal async Task<SqlBotStore> OpenStoreAsync()
    {
        var store = CreateStore();
        _stores.Add(store);
        await store.InitializeAsync();
        return store;
    }

    private static ConversationReference TeamsConversation(string id = "19:abc@thread.tacv2") =>
        new("msteams", id, "https://smba.trafficmanager.net/emea/", "tenant-1", "28:bot", "fr-FR", "Europe/Paris");

    [Fact]
    public async Task A_saved_conversation_reads_back_as_saved()
    {
        var reference = TeamsConversation();
        await Store.SaveConversationAsync(reference);

        Assert.Equal(reference, await Store.GetConversationAsync("msteams", reference.ConversationId));
    }

    [Fact]
    public async Task Saving_a_conversation_again_replaces_its_reference()
    {
        await Store.SaveConversationAsync(TeamsConversation());
        var moved = TeamsConversation() with { ServiceUrl = "https://smba.trafficmanager.net/amer/", Locale = "ar-SA", TimeZone = null };
        await Store.SaveConversationAsync(moved);

        Assert.Equal(moved, await Store.GetConversationAsync("msteams", moved.ConversationId));
    }

    [Fact]
    public async Task Conversations_are_told_apart_by_platform()
    {
        await Store.SaveConversationAsync(new ConversationReference("slack", "C123", null, "T1", "B1", "en", "America/New_York"));

        Assert.Null(await Store.GetConversationAsync("msteams", "C123"));
        Assert.NotNull(await Store.GetConversationAsync("slack", "C123"));
    }

    [Fact]
    public async Task A_removed_conversation_is_gone()
    {
        await Store.SaveConversationAsync(TeamsConversation());
        await Store.RemoveConversationAsync("msteams", TeamsConversation().ConversationId);

        Assert.Null(await Store.GetConversationAsync("msteams", TeamsConversation().ConversationId));
    }

    [Fact]
    public async Task A_conversation_marked_inactive_stays_inactive_until_reactivated()
    {
        await Store.SaveConversationAsync(TeamsConversation());
        await Store.SetConversationActiveAsync("msteams", TeamsConversation().ConversationId, active: false);
        Assert.False((await Store.GetConversationAsync("msteams", TeamsConversation().ConversationId))!.Active);

        await Store.SetConversationActiveAsync("msteams", TeamsConversation().ConversationId, active: true);
        Assert.True((await Store.GetConversationAsync("msteams", TeamsConversation().ConversationId))!.Active);
    }

    [Fact]
    public async Task A_slack_event_retried_after_a_restart_is_still_a_duplicate()
    {
        Assert.Equal(InboundEnqueueResult.Queued, await Store.EnqueueAsync("slack.event", "{}", "Ev01", 10, DateTimeOffset.UtcNow));
        await Store.DisposeAsync();

        var restarted = await OpenStoreAsync();

        Assert.Equal(InboundEnqueueResult.Duplicate, await restarted.EnqueueAsync("slack.event", "{}", "Ev01", 10, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task The_same_slack_event_delivered_concurrently_to_two_replicas_is_queued_once()
    {
        var other = await OpenStoreAsync();

        var attempts = Enumerable.Range(0, 16)
            .Select(i => (i % 2 == 0 ? Store : other).EnqueueAsync("slack.event", "{}", "EvRace", 100, DateTimeOffset.UtcNow));
        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(r => r == InboundEnqueueResult.Queued));
        Assert.Equal(1, (await Store.CountInboundAsync())["pending"]);
    }

    [Fact]
    public async Task A_user_language_is_unknown_until_set_and_then_follows_the_latest_choice()
    {
        Assert.Null(await Store.GetUserLanguageAsync("slack", "U1"));

        await Store.SetUserLanguageAsync("slack", "U1", Language.Fr);
        Assert.Equal(Language.Fr, await Store.GetUserLanguageAsync("slack", "U1"));

        await Store.SetUserLanguageAsync("slack", "U1", Language.Ar);
        Assert.Equal(Language.Ar, await Store.GetUserLanguageAsync("slack", "U1"));
        Assert.Null(await Store.GetUserLanguageAsync("msteams", "U1"));
    }

    [Fact]
    public async Task A_slack_installation_reads_back_and_a_reinstall_replaces_the_token()
    {
        var installedAt = new DateTimeOffset(2026, 3, 29, 6, 30, 15, 250, TimeSpan.Zero);
        var installation = new SlackInstallation("T0001", "Acme", "CfDJ8-protected-token", "U0BOT", installedAt);
        await Store.SaveSlackInstallationAsync(installation);
        Assert.Equal(installation, await Store.GetSlackInstallationAsync("T0001"));

        var reinstall = installation with { EncryptedBotToken = "CfDJ8-new-token", InstalledAt = installedAt.AddDays(1) };
        await Store.SaveSlackInstallationAsync(reinstall);
        Assert.Equal(reinstall, await Store.GetSlackInstallationAsync("T0001"));
        Assert.Null(await Store.GetSlackInstallationAsync("T0002"));
    }

    [Fact]
    public async Task Starting_again_on_a_migrated_database_keeps_its_data_and_schema_version()
    {
        await Store.SaveConversationAsync(TeamsConversation());
        var version = await Store.GetSchemaVersionAsync();

        await Store.InitializeAsync();
        var second = await OpenStoreAsync();
        var third = await OpenStoreAsync();

        Assert.True(version >= 1);
        Assert.Equal(version, await third.GetSchemaVersionAsync());
        Assert.Equal(TeamsConversation(), await second.GetConversationAsync("msteams", TeamsConversation().ConversationId));
    }

    [Fact]
    public async Task Replicas_starting_together_on_an_empty_database_migrate_it_once()
    {
        await DropDatabaseAsync();
        await CreateDatabaseAsync();

        var replicas = Enumerable.Range(0, 4).Select(_ => CreateStore()).ToList();
        _stores.AddRange(replicas);
        await Task.WhenAll(replicas.Select(replica => replica.InitializeAsync()));

        Assert.Equal(await replicas[0].GetSchemaVersionAsync(), await replicas[3].GetSchemaVersionAsync());
        await replicas[1].SaveConversationAsync(TeamsConversation());
        Assert.NotNull(await replicas[2].GetConversationAsync("msteams", TeamsConversation().ConversationId));
    }

    [Fact]
    public async Task The_database_answers_when_reachable()
    {
        Assert.True(await Store.IsReachableAsync());
    }
}
