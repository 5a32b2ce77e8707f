using System.Collections.Concurrent;
using ResBot.Bot.Tests.Channels.Slack;
using Xunit.Abstractions;

namespace ResBot.Bot.Tests.Chaos;

/// <summary>
/// Issue 11, finding 1, against the real `resbot serve` process: every event Slack saw acknowledged is answered exactly
/// once, under a slow chat.postMessage with a queue too small for the load, and across a kill -9 with a backlog.
/// </summary>
[Collection(ChaosCollection.Name)]
[Trait("Category", "Chaos")]
public sealed class SlackIntakeChaosTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task Every_event_acknowledged_under_a_slow_slack_and_a_full_queue_is_answered_exactly_once()
    {
        await using var scene = new ChaosScene();
        scene.Slack.FailPosts(_ => PostFault.None, delay: TimeSpan.FromMilliseconds(300));
        var host = await scene.StartAsync(scene.Settings(new Dictionary<string, string?>
        {
            ["Slack:InboxCapacity"] = "4",
            ["Slack:InboxConcurrency"] = "2",
        }));
        const int events = 48;
        var acknowledged = new ConcurrentBag<string>();
        var refusals = 0;

        // Twelve clients, each delivering as Slack does: a 503 is delivered again, and every fourth event is delivered
        // a second time after its acknowledgement (Slack's retry when an acknowledgement was slow).
        await Parallel.ForEachAsync(Enumerable.Range(0, events), new ParallelOptions { MaxDegreeOfParallelism = 12 }, async (i, _) =>
        {
            var body = ChaosScene.Event($"Ev-chaos-{i}", $"C-chaos-{i}");
            Interlocked.Add(ref refusals, await ChaosScene.DeliverUntilAcknowledgedAsync(host, body));
            acknowledged.Add($"C-chaos-{i}");
            if (i % 4 == 0)
                Assert.Equal(System.Net.HttpStatusCode.OK, await ChaosScene.DeliverAsync(host, body, retry: 3));
        });
        await host.WaitUntilAsync(async () => (await scene.ReadStoreAsync(s => s.CountInboundAsync())).GetValueOrDefault("done") == events, Drain,
            $"all {events} acknowledged events answered");

        var posts = scene.PostsByChannel();
        output.WriteLine($"{acknowledged.Count} acknowledged after {refusals} refusals (503); {posts.Count(p => p.Value == 1)} answered once, " +
            $"{posts.Count(p => p.Value > 1)} more than once, {events - posts.Count} never; {events / 4} redelivered after their acknowledgement");
        Assert.Equal(events, acknowledged.Count);
        Assert.True(refusals > 0, "a queue of 4 under this load should have refused some deliveries with 503");
        Assert.All(acknowledged, channel => Assert.Equal(1, posts.GetValueOrDefault(channel)));
        Assert.Equal(events, posts.Values.Sum());
        Assert.Equal(0, (await scene.ReadStoreAsync(s => s.CountInboundAsync())).GetValueOrDefault("pending"));
    }

    [Fact]
    public async Task Events_acknowledged_before_a_kill_9_are_answered_once_after_the_restart()
    {
        await using var scene = new ChaosScene();
        // Slow answers and two workers: when the process dies, a few are posted, two are in flight, the rest queued.
        scene.Slack.FailPosts(_ => PostFault.None, delay: TimeSpan.FromSeconds(1));
        var settings = scene.Settings(new Dictionary<string, string?>
        {
            ["Slack:InboxConcurrency"] = "2",
            ["Slack:InboxLease"] = "00:00:05",
        });
        var first = await scene.StartAsync(settings);
        const int events = 16;
        foreach (var i in Enumerable.Range(0, events))
            Assert.Equal(0, await ChaosScene.DeliverUntilAcknowledgedAsync(first, ChaosScene.Event($"Ev-kill-{i}", $"C-kill-{i}")));
        await first.WaitUntilAsync(() => scene.Slack.Count(FakeSlack.PostMessagePath) >= 3, Drain, "three answers posted");

        await first.KillAsync();
        var answeredBeforeKill = scene.Slack.Count(FakeSlack.PostMessagePath);
        var second = await scene.StartAsync(settings);
        // Slack redelivers what it sent while the host was down; the queue knows these.
        foreach (var i in Enumerable.Range(0, 4))
            Assert.Equal(System.Net.HttpStatusCode.OK, await ChaosScene.DeliverAsync(second, ChaosScene.Event($"Ev-kill-{i}", $"C-kill-{i}"), retry: 1));
        await second.WaitUntilAsync(async () => (await scene.ReadStoreAsync(s => s.CountInboundAsync())).GetValueOrDefault("done") == events, Drain,
            $"all {events} events answered after the restart");

        var posts = scene.PostsByChannel();
        output.WriteLine($"{events} acknowledged; {answeredBeforeKill} answered before the kill -9; after the restart {posts.Count(p => p.Value == 1)} " +
            $"answered once, {posts.Count(p => p.Value > 1)} more than once, {events - posts.Count} never; " +
            $"{scene.Slack.Count("/api/conversations.replies")} thread read-backs");
        Assert.True(answeredBeforeKill < events, "the kill should have left a backlog");
        Assert.All(Enumerable.Range(0, events), i => Assert.Equal(1, posts.GetValueOrDefault($"C-kill-{i}")));
        Assert.Equal(events, posts.Values.Sum());
    }
}

/// <summary>Chaos tests start real processes; one at a time keeps them within a 2-core machine's means.</summary>
[CollectionDefinition(Name)]
public sealed class ChaosCollection
{
    public const string Name = "Chaos";
}
