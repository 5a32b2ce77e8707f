using System.Net;
using Microsoft.Data.Sqlite;
using ResBot.Bot.Tests.Channels.Slack;

namespace ResBot.Bot.Tests.Chaos;

/// <summary>
/// Issue 11, finding 6, against the real `resbot serve` process: while another process holds SQLite's write lock,
/// Slack gets 503 with Retry-After (never a 500), /readyz says why, and the event Slack delivers again is answered once.
/// </summary>
[Collection(ChaosCollection.Name)]
[Trait("Category", "Chaos")]
public sealed class StorageChaosTests
{
    [Fact]
    public async Task A_write_locked_database_gives_503_with_retry_after_and_the_retried_event_is_answered_once()
    {
        await using var scene = new ChaosScene();
        var host = await scene.StartAsync(scene.Settings());
        Assert.Contains("38/4", await scene.AskAsync(host, "C-warm"));
        // The warm-up's row is marked done just after its post: let that commit before the lock, or it waits out its lease.
        await host.WaitUntilAsync(async () => (await scene.ReadStoreAsync(s => s.CountInboundAsync())).GetValueOrDefault("pending") == 0,
            TimeSpan.FromSeconds(60), "the warm-up's row done");
        var locked = ChaosScene.Event("Ev-locked", "C-locked");

        await using (var locker = new SqliteConnection($"Data Source={Path.Combine(scene.DataPath, "resbot.db")};Pooling=False"))
        {
            await locker.OpenAsync();
            await Execute(locker, "BEGIN EXCLUSIVE");
            using var request = SlackSigner.Signed("/api/slack/events", locked, SlackPayloads.Json);
            using var refused = await host.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
            var ready = await host.ReadyAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
            Assert.Contains("storage refused a write", ready.Body);
            await Execute(locker, "ROLLBACK");
        }

        Assert.Equal(0, await ChaosScene.DeliverUntilAcknowledgedAsync(host, locked));
        await host.WaitUntilAsync(() => scene.PostsByChannel().ContainsKey("C-locked"), TimeSpan.FromSeconds(60), "the retried event answered");
        await host.WaitUntilAsync(async () => (await scene.ReadStoreAsync(s => s.CountInboundAsync())).GetValueOrDefault("pending") == 0, TimeSpan.FromSeconds(60),
            "the queue drained");
        Assert.Equal(1, scene.PostsByChannel()["C-locked"]);
        Assert.False(host.HasExited);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
