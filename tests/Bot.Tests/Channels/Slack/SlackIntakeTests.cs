using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResBot.Bot.Storage;
using ResBot.Bot.Tests.Telemetry;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ResBot.Bot.Tests.Channels.Slack;

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
        // Errors from every category (ASP.NET Core's unhandled-exception log included) name the cause of a 500.
        var errors = new CollectedLog(LogLevel.Error, categoryPrefix: "");
        using var host = new SlackHost(slack, settings: new Dictionary<string, string>
        {
            ["Slack:InboxCapacity"] = "4",
            ["Slack:InboxConcurrency"] = "2",
        }, services: s => s.AddSingleton<ILoggerProvider>(errors));
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
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable,
                    $"event {i} got {(int)response.StatusCode}, not 503; errors logged: {string.Join(" | ", errors.Entries)}");
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
            Assert.True((await first.Store.CountInboundAsync())["pending"] == 1, "the acknowledged event was not stored as pending within 10 s");
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

    [Fact]
    public async Task A_slash_command_is_queued_before_its_answer_is_tried_so_a_crash_inside_the_budget_loses_nothing()
    {
        var data = Directory.CreateTempSubdirectory("resbot-intake-command-").FullName;
        var responseUrl = slack.NewResponseUrl();
        var first = new SlackHost(slack, dataPath: data, gated: true);
        var command = first.SendAsync(SlackSigner.Signed("/api/slack/commands",
            SlackPayloads.SlashCommand("What does resolution 38/4 ask member states to do?", responseUrl), SlackPayloads.Form));

        // Inside the 2 s budget, before any acknowledgement, the command is already in the store. Watched until the
        // acknowledgement rather than for a fixed time: on a loaded machine the write may take most of the budget.
        var pending = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!command.IsCompleted && DateTime.UtcNow < deadline && (pending = (await first.Store.CountInboundAsync())["pending"]) == 0)
            await Task.Delay(20);
        Assert.Equal(1, pending);
        Assert.False(command.IsCompleted, "the command should still be inside its answer budget");

        // The process dies inside the budget; the next start answers once the hold has run out.
        first.Dispose();
        try
        {
            await command;
        }
        catch (Exception)
        {
            // The request died with its host.
        }
        using (new SlackHost(slack, dataPath: data))
        {
            var posted = Assert.Single(await slack.WaitForAsync(new Uri(responseUrl).AbsolutePath));
            Assert.Contains("38/4, ¶5", posted.GetRawText());
            await Task.Delay(500);
        }
        Assert.Equal(1, slack.Count(new Uri(responseUrl).AbsolutePath));
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task An_answer_slower_than_the_lease_is_sent_once_because_the_worker_renews_its_lease()
    {
        // chat.postMessage takes 7 s, longer than the 5 s lease: without renewal the worker claims the event again.
        slack.Server.Given(Request.Create().WithPath(FakeSlack.PostMessagePath).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(7))
                .WithBodyAsJson(new { ok = true, ts = "1700000000.000300" }));
        using var host = new SlackHost(slack, settings: new Dictionary<string, string> { ["Slack:InboxLease"] = "00:00:05" });

        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(host, EventIn("Ev-slow", "C-slow"))).StatusCode);
        await slack.WaitForAsync(FakeSlack.PostMessagePath);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while ((await host.Store.CountInboundAsync())["done"] == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100);

        Assert.Equal(1, PostsByChannel().GetValueOrDefault("C-slow"));
        Assert.Equal((0, 1), ((await host.Store.CountInboundAsync())["pending"], (await host.Store.CountInboundAsync())["done"]));
    }

    [Fact]
    public async Task Each_button_of_one_interaction_is_its_own_work_so_one_failing_does_not_resend_the_other()
    {
        // The shared answer's first post is refused with 503 (nothing posted); the private one goes through at once.
        var responseUrl = slack.NewResponseUrl();
        var path = new Uri(responseUrl).AbsolutePath;
        slack.Server.Given(Request.Create().WithPath(path).UsingPost().WithBody(b => b != null && b.Contains("in_channel")))
            .InScenario("share-fails-once").WillSetStateTo("failed").AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(503));
        using var host = new SlackHost(slack);
        var value = ResBot.Bot.Conversations.ConversationAction.WholeResolution("38/4", ResBot.Knowledge.Model.Language.En).ToValue();
        var interaction = SlackPayloads.Interaction([("share#0", value), ("show#1", value)], responseUrl, "trigger-1");

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(SlackSigner.Signed("/api/slack/interactions", interaction, SlackPayloads.Form))).StatusCode);
        // The same press delivered again is one already queued.
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(SlackSigner.Signed("/api/slack/interactions", interaction, SlackPayloads.Form))).StatusCode);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while ((await host.Store.CountInboundAsync())["done"] < 2 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        var bodies = slack.Requests(path).Select(e => e.RequestMessage.Body!).ToList();
        Assert.Equal(2, (await host.Store.CountInboundAsync())["done"]);
        Assert.Equal(1, bodies.Count(b => !b.Contains("in_channel")));
        // Refused once, then posted: two requests, one message.
        Assert.Equal(2, bodies.Count(b => b.Contains("in_channel")));
    }

    [Theory]
    [InlineData("", "it has no response_url")]
    [InlineData("file:///tmp/answer", "its response_url is not an http(s) URL")]
    public async Task An_interaction_without_an_http_response_url_is_dropped_with_a_warning_that_says_why(string responseUrl, string reason)
    {
        // Issue 11, finding 8: the user pressed a button and will see nothing, so the log must say so and why.
        var log = new CollectedLog(LogLevel.Warning);
        using var host = new SlackHost(slack, services: s => s.AddSingleton<ILoggerProvider>(log));
        var value = ResBot.Bot.Conversations.ConversationAction.WholeResolution("38/4", ResBot.Knowledge.Model.Language.En).ToValue();

        var response = await host.SendAsync(SlackSigner.Signed("/api/slack/interactions", SlackPayloads.Interaction("show#0", value, responseUrl), SlackPayloads.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var warning = Assert.Single(log.Entries, e => e.Message.Contains("dropped", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal($"Slack interaction from team {SlackPayloads.TeamId} dropped: {reason}", warning.Message);
        Assert.Equal(0, (await host.Store.CountInboundAsync()).GetValueOrDefault("pending"));
        Assert.Empty(slack.Timeline);
    }

    [Fact]
    public void Held_answers_are_bounded_and_expire_after_one_lease()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = Microsoft.Extensions.Options.Options.Create(new ResBot.Bot.Channels.Slack.SlackOptions { InboxLease = TimeSpan.FromMinutes(2) });
        var inbox = new ResBot.Bot.Channels.Slack.Delivery.SlackInbox(null!, options, clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ResBot.Bot.Channels.Slack.Delivery.SlackInbox>.Instance);
        var tokens = Enumerable.Range(0, ResBot.Bot.Channels.Slack.Delivery.SlackInbox.MaxHeld + 10).Select(_ => Guid.NewGuid()).ToList();

        foreach (var token in tokens)
            inbox.Hold(token, Task.FromResult("answer"));
        Assert.Equal(ResBot.Bot.Channels.Slack.Delivery.SlackInbox.MaxHeld, inbox.HeldCount);
        Assert.NotNull(inbox.TakeHeld<string>(tokens[0]));

        // Held past one lease (another replica took the work, say): gone, and the next hold sweeps the rest.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(inbox.TakeHeld<string>(tokens[1]));
        inbox.Hold(Guid.NewGuid(), Task.FromResult("fresh"));
        Assert.Equal(1, inbox.HeldCount);
    }

    [Fact]
    public async Task An_event_answer_refused_with_503_is_retried_and_once_posted_behind_a_500_is_not_posted_again()
    {
        // First post: refused, nothing posted. Second: posted, then a 500. Later ones would go through.
        slack.FailPosts(call => call switch { 1 => PostFault.NotPosted503, 2 => PostFault.PostedThenError500, _ => PostFault.None });
        using var host = new SlackHost(slack);

        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(host, EventIn("Ev-faults", "C-faults"))).StatusCode);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await host.Store.CountInboundAsync())["done"] < 1 && DateTime.UtcNow < deadline)
            await Task.Delay(100);

        Assert.Equal(1, (await host.Store.CountInboundAsync())["done"]);
        Assert.Single(slack.Timeline, m => m.Channel == "C-faults");
        // Both retries read the thread back first; the third attempt found the answer there and posted nothing.
        Assert.Equal((2, 2), (slack.Count(FakeSlack.PostMessagePath), slack.Count("/api/conversations.replies")));
    }
}
