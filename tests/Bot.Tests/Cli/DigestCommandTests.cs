using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Cli;

/// <summary>`resbot digest run|preview` as an operator runs them, on a SQLite store under --data.</summary>
public sealed class DigestCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("resbot-digest-cli-").FullName;

    [Fact]
    public async Task Preview_prints_what_a_subscription_would_receive_without_sending()
    {
        long id;
        await using (var store = new SqliteBotStore(_data))
        {
            await store.InitializeAsync();
            var subscription = await store.AddSubscriptionAsync(new Subscription(0, "slack", "C123", "OIC-CERT", new TimeOnly(8, 0), "Europe/Paris",
                Language.Fr, Always: true, "U1", DateTimeOffset.UtcNow));
            id = subscription.Id;
        }

        var result = await ResbotProcess.RunAsync(null, "digest", "preview", id.ToString(), "--data", _data);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("38/4", result.Output);
    }

    [Fact]
    public async Task Preview_of_an_unknown_subscription_is_an_error()
    {
        var result = await ResbotProcess.RunAsync(null, "digest", "preview", "4242", "--data", _data);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no subscription 4242", result.Errors);
    }

    [Fact]
    public async Task Run_at_a_given_instant_reports_the_tick_and_refuses_a_bad_instant()
    {
        var run = await ResbotProcess.RunAsync(null, "digest", "run", "--now", "2026-03-29T06:00:00Z", "--data", _data);
        Assert.Equal(0, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Output));

        var bad = await ResbotProcess.RunAsync(null, "digest", "run", "--now", "yesterday", "--data", _data);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("ISO 8601", bad.Errors);
    }

    [Fact]
    public async Task Run_without_slack_settings_skips_slack_with_a_warning_and_pauses_nothing()
    {
        long id;
        await using (var store = new SqliteBotStore(_data))
        {
            await store.InitializeAsync();
            await store.SaveConversationAsync(new ConversationReference("slack", "C123", null, "T1", null, "en", "UTC"));
            id = (await store.AddSubscriptionAsync(new Subscription(0, "slack", "C123", "*", new TimeOnly(8, 0), "UTC",
                Language.En, Always: true, "U1", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)))).Id;
        }

        var run = await ResbotProcess.RunAsync(null, "digest", "run", "--now", "2026-03-29T08:00:30Z", "--data", _data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Skipping slack digests", run.Errors);
        await using var after = new SqliteBotStore(_data);
        var subscription = await after.GetSubscriptionAsync(id);
        Assert.False(subscription!.Paused, subscription.PausedReason);
        Assert.Empty(await after.ListDeliveriesAsync(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public async Task A_document_added_while_the_host_was_down_is_news_to_a_digest_run_from_the_shell()
    {
        // Issue 11, finding 5: subscribe from Slack, stop the host, add a document, run the digest from a shell.
        using var slack = new ResBot.Bot.Tests.Channels.Slack.FakeSlack();
        var corpus = ResBot.Bot.Tests.Digests.DigestApp.CopyCorpus();
        using (var host = new ResBot.Bot.Tests.Channels.Slack.SlackHost(slack, dataPath: _data, settings: new Dictionary<string, string> { ["Corpus:Path"] = corpus }))
        {
            var ack = await host.SendAsync(ResBot.Bot.Tests.Channels.Slack.SlackSigner.Signed("/api/slack/commands",
                ResBot.Bot.Tests.Channels.Slack.SlackPayloads.SlashCommand("subscribe cybersecurity at 08:00", slack.NewResponseUrl()), ResBot.Bot.Tests.Channels.Slack.SlackPayloads.Form));
            Assert.Contains("Subscribed", await ack.Content.ReadAsStringAsync());
        }
        ResBot.Bot.Tests.Digests.NewDocument.AddTo(corpus);
        var tomorrow = DateTime.UtcNow.Date.AddDays(1).AddHours(8).AddSeconds(30);

        var run = await ResbotProcess.RunAsync(null, new Dictionary<string, string?>
        {
            ["Slack__BotToken"] = "xoxb-shell",
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
        }, "digest", "run", "--now", tomorrow.ToString("yyyy-MM-ddTHH:mm:ssZ"), "--data", _data, "--corpus", corpus);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 sent, 0 recovered, 0 quiet", run.Output);
        var post = Assert.Single(slack.Timeline);
        Assert.Contains(ResBot.Bot.Tests.Digests.NewDocument.Symbol, post.Body.GetRawText());
        Directory.Delete(corpus, recursive: true);
    }

    [Fact]
    public async Task Subscriptions_resume_brings_back_a_paused_subscription()
    {
        long id;
        await using (var store = new SqliteBotStore(_data))
        {
            await store.InitializeAsync();
            id = (await store.AddSubscriptionAsync(new Subscription(0, "slack", "C9", "*", new TimeOnly(8, 0), "UTC",
                Language.En, Always: false, "U1", DateTimeOffset.UtcNow))).Id;
            await store.SetSubscriptionsPausedAsync("slack", "C9", paused: true, "no_token");
        }

        var resume = await ResbotProcess.RunAsync(null, "subscriptions", "resume", id.ToString(), "--data", _data);
        var unknown = await ResbotProcess.RunAsync(null, "subscriptions", "resume", "4242", "--data", _data);

        Assert.Equal(0, resume.ExitCode);
        Assert.Contains("resumed", resume.Output);
        await using var after = new SqliteBotStore(_data);
        Assert.False((await after.GetSubscriptionAsync(id))!.Paused);
        Assert.Equal(1, unknown.ExitCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
