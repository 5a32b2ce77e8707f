using ResBot.Bot.Digests;
using ResBot.Bot.Storage;
using ResBot.Bot.Tests.Channels.Slack;
using ResBot.Bot.Tests.Channels.Teams;
using ResBot.Knowledge.Model;
using Xunit.Abstractions;

namespace ResBot.Bot.Tests.Chaos;

/// <summary>
/// Issue 11, finding 4, against the real `resbot serve` process: no digest is posted twice when the process is killed
/// (kill -9) or stopped (SIGTERM) while the platform holds the send, nor when the platform resets the connection.
/// Each subscription is due a couple of minutes ago, so the tick at start sends it; ticks come every second.
/// </summary>
[Collection(ChaosCollection.Name)]
[Trait("Category", "Chaos")]
public sealed class DigestChaosTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>The instant the test subscriptions fired: today, a little before now (UTC, to the minute).</summary>
    private static readonly DateTimeOffset FiredAt = Minute(DateTimeOffset.UtcNow.AddMinutes(-2));

    private static Dictionary<string, string?> Ticking(ChaosScene scene, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = scene.Settings(new Dictionary<string, string?>
        {
            ["Digests:TickInterval"] = "00:00:01",
            ["Digests:ClaimLease"] = "00:00:05",
        });
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return settings;
    }

    /// <summary>A digest due at <see cref="FiredAt"/>, sent even on a quiet day, to a conversation the bot knows.</summary>
    private static async Task<DeliveryKey> SubscribeAsync(ChaosScene scene, ConversationReference conversation)
    {
        Subscription subscription = null!;
        await scene.WriteStoreAsync(async store =>
        {
            await store.SaveConversationAsync(conversation);
            subscription = await store.AddSubscriptionAsync(new Subscription(0, conversation.Platform, conversation.ConversationId, "cybersecurity",
                TimeOnly.FromTimeSpan(FiredAt.TimeOfDay), "UTC", Language.En, Always: true, "U1", FiredAt.AddDays(-2)));
        });
        return new DeliveryKey(subscription.Id, DateOnly.FromDateTime(FiredAt.UtcDateTime));
    }

    private static ConversationReference SlackChannel(string channel) => new("slack", channel, null, "T0001", "B0001", "en", "UTC");

    private static Task<DeliveryKey> SubscribeSlackAsync(ChaosScene scene, string channel) => SubscribeAsync(scene, SlackChannel(channel));

    /// <summary>The messages in the fake Slack that carry this delivery's id in their metadata.</summary>
    private static int PostsOf(ChaosScene scene, DeliveryKey key) =>
        scene.Slack.Timeline.Count(m => m.Metadata is { } metadata && metadata.GetRawText().Contains(DigestAttempt.DeliveryId(key), StringComparison.Ordinal));

    private static Task<Delivery?> DeliveryAsync(ChaosScene scene, DeliveryKey key) => scene.ReadStoreAsync(s => s.GetDeliveryAsync(key));

    /// <summary>
    /// A second subscription, due at the same instant, added while the host is down: when its digest is posted, the
    /// restarted host has run a whole tick, which had every other due digest in front of it too.
    /// </summary>
    private static async Task<DeliveryKey> MarkerAsync(ChaosScene scene) => await SubscribeSlackAsync(scene, "C-marker");

    /// <summary>chat.postMessage holds its first call until the test lets it go, then posts it (even if the caller is gone).</summary>
    private sealed class HeldFirstPost : IDisposable
    {
        private readonly ManualResetEventSlim _arrived = new();
        private readonly ManualResetEventSlim _release = new();

        public HeldFirstPost(FakeSlack slack) =>
            slack.FailPosts(call =>
            {
                if (call == 1)
                {
                    _arrived.Set();
                    _release.Wait(Patience);
                }
                return PostFault.None;
            });

        public bool Arrived => _arrived.IsSet;

        public void Release() => _release.Set();

        public void Dispose()
        {
            _release.Set();
            _arrived.Dispose();
        }
    }

    [Fact]
    public async Task A_digest_whose_process_was_killed_while_slack_held_the_post_is_posted_once()
    {
        await using var scene = new ChaosScene();
        var key = await SubscribeSlackAsync(scene, "C-kill9");
        using var held = new HeldFirstPost(scene.Slack);
        var settings = Ticking(scene);

        var first = await scene.StartAsync(settings);
        await first.WaitUntilAsync(() => held.Arrived, Patience, "the digest's chat.postMessage reached Slack");
        await first.KillAsync();
        // Slack posts what it received; the answer has nobody to go to.
        held.Release();
        await first.WaitUntilAsync(() => PostsOf(scene, key) == 1, Patience, "Slack posted the held digest", mayExit: true);
        var marker = await MarkerAsync(scene);

        var second = await scene.StartAsync(settings);
        // The dead process's claim runs out after 5 s; the next tick reads the channel back and finds the digest there.
        await second.WaitUntilAsync(async () => (await DeliveryAsync(scene, key))?.State == DeliveryState.Sent, Patience, "the digest recorded as sent");
        await second.WaitUntilAsync(() => PostsOf(scene, marker) == 1, Patience, "the marker digest posted after the restart");

        output.WriteLine($"kill -9 while Slack held the post: {PostsOf(scene, key)} message(s) with the delivery id, " +
            $"{scene.Slack.Count("/api/conversations.history")} channel read-back(s), state {(await DeliveryAsync(scene, key))?.State}");
        Assert.Equal(1, PostsOf(scene, key));
        Assert.True(scene.Slack.Count("/api/conversations.history") >= 1, "the resend was checked against the channel");
        Assert.Equal(2, scene.Slack.Timeline.Count);
    }

    [Fact]
    public async Task A_digest_in_flight_at_sigterm_is_finished_and_recorded_so_the_restart_posts_nothing_again()
    {
        await using var scene = new ChaosScene();
        var key = await SubscribeSlackAsync(scene, "C-sigterm");
        using var held = new HeldFirstPost(scene.Slack);
        var settings = Ticking(scene);

        var first = await scene.StartAsync(settings);
        await first.WaitUntilAsync(() => held.Arrived, Patience, "the digest's chat.postMessage reached Slack");
        var stopped = first.TerminateAsync(Patience);
        await first.WaitUntilAsync(() => first.Output.Contains("Application is shutting down", StringComparison.Ordinal), Patience,
            "the host began its graceful stop", mayExit: true);
        held.Release();
        Assert.Equal(0, await stopped);
        Assert.Equal(DeliveryState.Sent, (await DeliveryAsync(scene, key))?.State);
        var marker = await MarkerAsync(scene);

        var second = await scene.StartAsync(settings);
        await second.WaitUntilAsync(() => PostsOf(scene, marker) == 1, Patience, "the marker digest posted after the restart");

        output.WriteLine($"SIGTERM while Slack held the post: exit code 0, {PostsOf(scene, key)} message(s) with the delivery id after the restart");
        Assert.Equal(1, PostsOf(scene, key));
        Assert.Equal(2, scene.Slack.Timeline.Count);
    }

    [Fact]
    public async Task A_teams_digest_whose_connection_was_reset_is_posted_once_and_never_again_across_a_restart()
    {
        await using var scene = new ChaosScene();
        using var teams = new BotFrameworkFakes();
        using var connector = new ResettingServer();
        var key = await SubscribeAsync(scene, new ConversationReference("msteams", "19:chaos-reset@thread.tacv2", connector.Url, "tenant-1", "28:bot", "en-US", "UTC"));
        var settings = Ticking(scene, teams.Settings(scene.DataPath).Where(s => s.Key.StartsWith("Teams:", StringComparison.Ordinal))
            .ToDictionary(s => s.Key, s => s.Value));

        var first = await scene.StartAsync(settings);
        // The connector received the post and dropped the connection: the bot cannot tell, so it records a failure.
        await first.WaitUntilAsync(async () => (await DeliveryAsync(scene, key))?.State == DeliveryState.Failed, Patience, "the reset digest closed as failed");
        await first.KillAsync();
        var marker = await MarkerAsync(scene);

        var second = await scene.StartAsync(settings);
        await second.WaitUntilAsync(() => PostsOf(scene, marker) == 1, Patience, "the marker digest posted after the restart");

        output.WriteLine($"Teams connection reset: {connector.Received} request(s) received by the connector across a restart");
        Assert.Equal(1, connector.Received);
        Assert.Contains("cannot tell whether it arrived", (await DeliveryAsync(scene, key))!.Note);
        // Issue 11, finding 7: the warning gives the reason in one line, not a stack trace.
        Assert.Contains(first.Output.Split('\n'), line => line.Contains("cannot tell whether it arrived; not sent again", StringComparison.Ordinal));
        Assert.DoesNotContain(first.Output.Split('\n'), line => line.TrimStart().StartsWith("at ResBot.", StringComparison.Ordinal));
    }

    private static DateTimeOffset Minute(DateTimeOffset instant) =>
        new(instant.Year, instant.Month, instant.Day, instant.Hour, instant.Minute, 0, TimeSpan.Zero);
}
