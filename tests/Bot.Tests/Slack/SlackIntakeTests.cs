using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ResBot.Bot.Storage;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ResBot.Bot.Tests.Slack;

/// <summary>
/// Durable intake (issue 11, finding 1): an event is acknowledged only once it is queued in the store, and every
/// acknowledged event is answered exactly once, whatever the queue's fill, Slack's speed, or a restart in between.
/// </summary>
public sealed class SlackIntakeTests : IDisposable
{
    private readonly FakeSlack slack = new();

    public void Dispose() => slack.Dispose();

    private static string EventIn(string eventId, string channel) =>
        SlackPayloads.Mention(eventId, "38/4 ¶6").Replace("\"C0001\"", $"\"{channel}\"");

    private static Task<HttpResponseMessage> DeliverAsync(SlackHost host, string body, int retry = 0)
    {
        var request = SlackSigner.Signed("/api/slack/events", body, SlackPayloads.Json);
        if (retry > 0)
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString());
        return host.SendAsync(request);
    }

    private Dictionary<string, int> PostsByChannel() =>
        slack.Requests(FakeSlack.PostMessagePath)
            .Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement.GetProperty("channel").GetString()!)
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public async Task Every_acknowledged_event_is_answered_exactly_once_under_a_slow_slack_and_a_small_queue()
    {
        // chat.postMessage takes 200 ms and the queue holds 4: intake must refuse (503) rather than drop.
        slack.Server.Given(Request.Create().WithPath(FakeSlack.PostMessagePath).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromMilliseconds(200))
                .WithBodyAsJson(new { ok = true, ts = "1700000000.000200" }));
        using var host = new SlackHost(slack, settings: new Dictionary<string, string>
        {
            ["Slack:InboxCapacity"] = "4",
            ["Slack:InboxConcurrency"] = "2",
        });
        const int events = 40;
        var acknowledged = new ConcurrentBag<string>();
        var refusals = 0;

        // Eight clients, each delivering its events the way Slack does: a non-2xx is delivered again later,
        // and an acknowledged event is sometimes delivered again anyway (a retry after a slow acknowledgement).
        await Parallel.ForEachAsync(Enumerable.Range(0, events), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var body = EventIn($"Ev-load-{i}", $"C-load-{i}");
            for (var attempt = 0; ; attempt++)
            {
                var response = await DeliverAsync(host, body, retry: attempt);
                if (response.StatusCode == HttpStatusCode.OK)
                    break;
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.NotNull(response.Headers.RetryAfter);
                Interlocked.Increment(ref refusals);
                await Task.Delay(100);
            }
            acknowledged.Add($"C-load-{i}");
            if (i % 5 == 0)
                Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(host, body, retry: 3)).StatusCode);
        });

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (slack.Count(FakeSlack.PostMessagePath) < events && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        await Task.Delay(500);

        var posts = PostsByChannel();
        Assert.Equal(events, acknowledged.Count);
        Assert.True(refusals > 0, "the small queue should have refused some deliveries with 503");
        Assert.All(acknowledged, channel => Assert.Equal(1, posts.GetValueOrDefault(channel)));
        Assert.Equal(events, posts.Values.Sum());
        var counts = await host.Store.CountInboundAsync();
        Assert.Equal((0, events), (counts["pending"], counts["done"]));
    }

    [Fact]
    public async Task An_event_acknowledged_before_a_restart_is_answered_after_it()
    {
        var data = Directory.CreateTempSubdirectory("resbot-intake-restart-").FullName;
        using (var first = new SlackHost(slack, dataPath: data, gated: true))
        {
            // The answer is held back, so the host stops with the acknowledged event still unanswered.
            Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(first, EventIn("Ev-before-stop", "C-restart"))).StatusCode);
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while ((await first.Store.CountInboundAsync())["pending"] == 0 && DateTime.UtcNow < deadline)
                await Task.Delay(50);
        }
        Assert.Equal(0, slack.Count(FakeSlack.PostMessagePath));

        using (var second = new SlackHost(slack, dataPath: data))
        {
            await slack.WaitForAsync(FakeSlack.PostMessagePath);
            Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(second, EventIn("Ev-before-stop", "C-restart"), retry: 1)).StatusCode);
            await Task.Delay(500);
        }

        Assert.Equal(1, PostsByChannel().GetValueOrDefault("C-restart"));
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task An_event_refused_for_a_full_queue_is_not_recorded_so_slacks_retry_is_answered()
    {
        using var host = new SlackHost(slack, gated: true, settings: new Dictionary<string, string> { ["Slack:InboxCapacity"] = "1" });
        // The first event fills the queue (its answer is held back by the gate); the second is refused.
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(host, EventIn("Ev-full-1", "C-full-1"))).StatusCode);
        var refused = await DeliverAsync(host, EventIn("Ev-full-2", "C-full-2"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(StorageFaults.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);

        host.Gate.Open();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        HttpStatusCode retried;
        do
        {
            await Task.Delay(100);
            retried = (await DeliverAsync(host, EventIn("Ev-full-2", "C-full-2"), retry: 1)).StatusCode;
        }
        while (retried != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        await slack.WaitForAsync(FakeSlack.PostMessagePath, 2);
        await Task.Delay(300);
        var posts = PostsByChannel();
        Assert.Equal([1, 1], new[] { "C-full-1", "C-full-2" }.Select(c => posts.GetValueOrDefault(c)));
    }
}
