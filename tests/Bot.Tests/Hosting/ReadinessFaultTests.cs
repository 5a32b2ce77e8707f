using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using ResBot.Bot.Tests.Channels.Slack;

namespace ResBot.Bot.Tests.Hosting;

/// <summary>Issue 11, findings 3 and 6: /readyz tells the corpus and storage faults it serves through, with the reason.</summary>
public sealed class ReadinessFaultTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("resbot-ready-").FullName;
    private readonly FakeSlack _slack = new();

    private static async Task<(HttpStatusCode Status, string Body)> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/readyz");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_missing_corpus_folder_at_start_turns_readiness_unhealthy_with_the_reason()
    {
        var missing = Path.Combine(_data, "no-corpus-here");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Data:Path", _data);
            b.UseSetting("Corpus:Path", missing);
        });
        using var client = factory.CreateClient();

        (HttpStatusCode Status, string Body) ready = default;
        for (var attempt = 0; attempt < 50 && !(ready.Body ?? "").Contains("does not exist"); attempt++)
        {
            ready = await ReadyAsync(client);
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Contains($"The corpus folder {missing} does not exist", ready.Body);
    }

    [Fact]
    public async Task A_locked_database_gives_slack_503_with_retry_after_and_turns_readiness_unhealthy()
    {
        using var host = new SlackHost(_slack, dataPath: _data);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(SlackSigner.Signed("/api/slack/events",
            SlackPayloads.Mention("Ev-warm", "help"), SlackPayloads.Json))).StatusCode);

        // Another process holds SQLite's write lock longer than the store's busy timeout.
        await using (var locker = new SqliteConnection($"Data Source={Path.Combine(_data, "resbot.db")};Pooling=False"))
        {
            await locker.OpenAsync();
            await using (var begin = locker.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE";
                await begin.ExecuteNonQueryAsync();
            }
            var response = await host.SendAsync(SlackSigner.Signed("/api/slack/events", SlackPayloads.Mention("Ev-locked", "38/4 ¶6"), SlackPayloads.Json));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            var ready = await ReadyAsync(host.Client);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
            Assert.Contains("storage refused a write", ready.Body);
            await using var rollback = locker.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        // Not recorded while refused: Slack's retry after the lock is answered.
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(SlackSigner.Signed("/api/slack/events",
            SlackPayloads.Mention("Ev-locked", "38/4 ¶6"), SlackPayloads.Json))).StatusCode);
        await _slack.WaitForAsync(FakeSlack.PostMessagePath, 2);
    }

    public void Dispose()
    {
        _slack.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
