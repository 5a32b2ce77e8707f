using Microsoft.Extensions.Time.Testing;
using ResBot.Bot.Storage;
using ResBot.Bot.Tests.Channels.Slack;
using ResBot.Bot.Tests.Storage;
using ResBot.Bot.Tests.Channels.Teams;
using static ResBot.Bot.Tests.Digests.DigestScenario;

namespace ResBot.Bot.Tests.Digests;

/// <summary>
/// Two `serve` replicas on one real PostgreSQL database, ticking at the same moments: each digest reaches Slack and
/// the Bot Connector once. The database is this class's own and is dropped afterwards.
/// </summary>
public sealed class DigestReplicaTests : IAsyncLifetime
{
    private const int SlackChannels = 12;
    private const int TeamsConversations = 4;

    private readonly string _database = "resbot_test_" + Guid.NewGuid().ToString("N");
    private readonly FakeSlack _slack = new();
    private readonly BotFrameworkFakes _teams = new();
    private readonly string _corpus = DigestApp.CopyCorpus();
    private DigestApp _first = null!;
    private DigestApp _second = null!;

    public async Task InitializeAsync()
    {
        await TestPostgres.CreateDatabaseAsync(_database);
        _first = new DigestApp(_slack, _teams, _corpus, TestPostgres.ConnectionStringFor(_database));
        _second = new DigestApp(_slack, _teams, _corpus, TestPostgres.ConnectionStringFor(_database));
    }

    public async Task DisposeAsync()
    {
        _first?.Dispose();
        _second?.Dispose();
        _slack.Dispose();
        _teams.Dispose();
        Directory.Delete(_corpus, recursive: true);
        await TestPostgres.DropDatabaseAsync(_database);
    }

    [Fact]
    public async Task Two_replicas_ticking_together_deliver_each_digest_once()
    {
        var store = _first.Store;
        for (var i = 0; i < SlackChannels; i++)
        {
            await store.SaveSlackChannelAsync($"C{i:00}");
            await store.SubscribeAsync("slack", $"C{i:00}", "cybersecurity", Utc(3, 1, 0), always: true);
        }
        for (var i = 0; i < TeamsConversations; i++)
        {
            await store.SaveTeamsConversationAsync($"19:replica{i}@thread.tacv2", _teams.ServiceUrl);
            await store.SubscribeAsync("msteams", $"19:replica{i}@thread.tacv2", "IINA", Utc(3, 1, 0), always: true);
        }
        var time = new FakeTimeProvider(Utc(3, 2, 8));
        var replicas = new[] { _first.Runner(time), _second.Runner(time) };

        var reports = new List<ResBot.Bot.Digests.DigestTickReport>();
        foreach (var minute in new[] { 0, 1, 2 })
        {
            time.SetUtcNow(Utc(3, 2, 8, minute));
            reports.AddRange(await Task.WhenAll(replicas.Select(r => r.TickAsync(default))));
        }

        var slackChannels = _slack.Requests(FakeSlack.PostMessagePath)
            .Select(e => System.Text.Json.JsonDocument.Parse(e.RequestMessage.Body!).RootElement.GetProperty("channel").GetString())
            .ToList();
        Assert.Equal(Enumerable.Range(0, SlackChannels).Select(i => $"C{i:00}"), slackChannels.Order());
        for (var i = 0; i < TeamsConversations; i++)
            Assert.Single(_teams.Messages($"19:replica{i}@thread.tacv2"));
        Assert.Equal(SlackChannels + TeamsConversations, reports.Sum(r => r.Sent));
        var deliveries = await _second.Store.ListDeliveriesAsync(new DateOnly(2026, 3, 2));
        Assert.Equal(SlackChannels + TeamsConversations, deliveries.Count(d => d.State == DeliveryState.Sent && d.PlatformMessageId is not null));
    }
}
