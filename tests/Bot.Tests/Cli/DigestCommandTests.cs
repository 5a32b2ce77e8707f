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
