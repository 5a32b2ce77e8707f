using Microsoft.Extensions.Time.Testing;
using ResBot.Bot.Storage;
using ResBot.Bot.Tests.Channels.Slack;
using ResBot.Bot.Tests.Channels.Teams;
using static ResBot.Bot.Tests.Digests.DigestScenario;

namespace ResBot.Bot.Tests.Digests;

/// <summary>Issue 11, finding 9: how long a failing digest is retried, and what riding along in another's message costs.</summary>
public sealed class DigestRetryTests : IDisposable
{
    private readonly FakeSlack _slack = new();
    private readonly BotFrameworkFakes _teams = new();
    private readonly string _corpus = DigestApp.CopyCorpus();
    private readonly DigestApp _app;
    private readonly FakeTimeProvider _time = new(Utc(3, 1, 0));

    public DigestRetryTests()
    {
        _app = new DigestApp(_slack, _teams, _corpus);
    }

    private IBotStore Store => _app.Store;

    [Fact]
    public async Task A_digest_failing_transiently_until_the_next_firing_is_given_up_and_the_next_day_tried_afresh()
    {
        await Store.SaveSlackChannelAsync("C-down");
        var subscription = await Store.SubscribeAsync("slack", "C-down", "cybersecurity", Utc(3, 1, 0), always: true);
        _slack.FailPosts(_ => PostFault.NotPosted503);
        var runner = _app.Runner(_time);

        // Slack refuses every post for a day and a half, the host ticking every 10 minutes.
        var reports = new List<ResBot.Bot.Digests.DigestTickReport>();
        for (var at = Utc(3, 2, 8); at <= Utc(3, 3, 20); at = at.AddMinutes(10))
        {
            _time.SetUtcNow(at);
            reports.Add(await runner.TickAsync(default));
        }

        var first = await Store.GetDeliveryAsync(new(subscription.Id, new DateOnly(2026, 3, 2)));
        Assert.Equal(DeliveryState.Failed, first!.State);
        Assert.StartsWith("gave up", first.Note);
        var second = await Store.GetDeliveryAsync(new(subscription.Id, new DateOnly(2026, 3, 3)));
        Assert.Equal(DeliveryState.Pending, second!.State);
        Assert.Equal(1, reports.Sum(r => r.Failed));
    }

    [Fact]
    public async Task A_quiet_subscription_riding_along_in_the_morning_still_gets_its_own_evening_slot()
    {
        await Store.SaveSlackChannelAsync("C-two");
        // The morning one always sends; the evening one has nothing new in the morning.
        await Store.SubscribeAsync("slack", "C-two", "OIC-CERT", Utc(3, 1, 0), hour: 8, always: true);
        var evening = await Store.SubscribeAsync("slack", "C-two", "cybersecurity", Utc(3, 1, 0), hour: 18);
        var runner = _app.Runner(_time);
        _time.SetUtcNow(Utc(3, 1, 1));
        await runner.TickAsync(default);

        _time.SetUtcNow(Utc(3, 2, 8));
        var morning = await runner.TickAsync(default);
        NewDocument.AddTo(_corpus);
        _time.SetUtcNow(Utc(3, 2, 18));
        var night = await runner.TickAsync(default);

        Assert.Equal((1, 1), (morning.Sent, night.Sent));
        var posts = _slack.Timeline.Where(m => m.Channel == "C-two").ToList();
        Assert.Equal(2, posts.Count);
        Assert.Contains(NewDocument.Symbol, AllText(posts[1].Body));
        Assert.Equal(DeliveryState.Sent, (await Store.GetDeliveryAsync(new(evening.Id, new DateOnly(2026, 3, 2))))!.State);
    }

    public void Dispose()
    {
        _app.Dispose();
        _teams.Dispose();
        _slack.Dispose();
        try
        {
            Directory.Delete(_corpus, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
