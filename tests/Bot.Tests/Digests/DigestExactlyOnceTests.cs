using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using ResBot.Bot.Digests;
using ResBot.Bot.Storage;
using ResBot.Bot.Tests.Channels.Slack;
using ResBot.Bot.Tests.Channels.Teams;
using Microsoft.Extensions.DependencyInjection;
using static ResBot.Bot.Tests.Digests.DigestScenario;

namespace ResBot.Bot.Tests.Digests;

/// <summary>
/// Issue 11, finding 4: a digest is never sent twice when the platform is slow, drops the connection, answers a 500,
/// or the sender stops mid-send. Slack: the message carries its delivery ids in its metadata, and any attempt after one
/// that may have arrived reads the channel back first. Teams: nothing to read back, so such a digest is not resent.
/// </summary>
public sealed class DigestExactlyOnceTests : IDisposable
{
    private static readonly DateOnly March2 = new(2026, 3, 2);

    private readonly FakeSlack _slack = new();
    private readonly BotFrameworkFakes _teams = new();
    private readonly DigestApp _app;
    private readonly FakeTimeProvider _time = new(Utc(3, 1, 0));

    public DigestExactlyOnceTests()
    {
        _app = new DigestApp(_slack, _teams, DigestApp.CopyCorpus());
    }

    private IBotStore Store => _app.Store;

    private async Task<Subscription> SlackSubscriptionAsync(string channel)
    {
        await Store.SaveSlackChannelAsync(channel);
        return await Store.SubscribeAsync("slack", channel, "cybersecurity", Utc(3, 1, 0), always: true);
    }

    private int HistoryReads => _slack.Count("/api/conversations.history");

    [Fact]
    public async Task A_slack_digest_answered_with_a_500_after_it_was_posted_is_found_in_the_channel_and_not_posted_again()
    {
        var subscription = await SlackSubscriptionAsync("C-500");
        _slack.FailPosts(call => call == 1 ? PostFault.PostedThenError500 : PostFault.None);
        var runner = _app.Runner(_time);

        _time.SetUtcNow(Utc(3, 2, 8));
        var first = await runner.TickAsync(default);
        _time.SetUtcNow(Utc(3, 2, 9));
        var second = await runner.TickAsync(default);

        Assert.Equal((0, 1), (first.Sent, first.Retrying));
        Assert.Equal(1, second.Sent);
        var message = Assert.Single(_slack.Timeline, m => m.Channel == "C-500");
        Assert.Equal(1, _slack.Count(FakeSlack.PostMessagePath));
        Assert.Equal(1, HistoryReads);
        var delivery = await Store.GetDeliveryAsync(new(subscription.Id, March2));
        Assert.Equal((DeliveryState.Sent, message.Ts), (delivery!.State, delivery.PlatformMessageId));
    }

    [Fact]
    public async Task A_slack_digest_refused_with_503_is_posted_on_the_next_try_without_reading_the_channel()
    {
        await SlackSubscriptionAsync("C-503");
        _slack.FailPosts(call => call == 1 ? PostFault.NotPosted503 : PostFault.None);
        var runner = _app.Runner(_time);

        _time.SetUtcNow(Utc(3, 2, 8));
        await runner.TickAsync(default);
        _time.SetUtcNow(Utc(3, 2, 9));
        var second = await runner.TickAsync(default);

        Assert.Equal(1, second.Sent);
        Assert.Single(_slack.Timeline, m => m.Channel == "C-503");
        Assert.Equal(2, _slack.Count(FakeSlack.PostMessagePath));
        Assert.Equal(0, HistoryReads);
    }

    [Fact]
    public async Task A_slack_digest_whose_sender_died_mid_send_is_checked_after_the_lease_and_not_posted_again()
    {
        var subscription = await SlackSubscriptionAsync("C-crash");
        var key = new DeliveryKey(subscription.Id, March2);
        // A replica claimed it, started the send, Slack posted it, and the replica died before hearing back.
        await Store.TryClaimDeliveriesAsync([key], "dead-replica", Utc(3, 2, 8), Utc(3, 2, 8, 5));
        Assert.True(await Store.MarkDeliveriesSendingAsync([key], "dead-replica", Utc(3, 2, 8)));
        using var http = new HttpClient();
        await http.PostAsJsonAsync(_slack.ApiBaseUrl + "chat.postMessage", new
        {
            channel = "C-crash",
            text = "digest",
            metadata = new { event_type = "resbot_delivery", event_payload = new { delivery_ids = DigestAttempt.DeliveryId(key) } },
        });

        _time.SetUtcNow(Utc(3, 2, 8, 6));
        var report = await _app.Runner(_time).TickAsync(default);

        Assert.Equal(1, report.Sent);
        Assert.Single(_slack.Timeline, m => m.Channel == "C-crash");
        Assert.Equal(1, HistoryReads);
        Assert.Equal(DeliveryState.Sent, (await Store.GetDeliveryAsync(key))!.State);
    }

    [Fact]
    public async Task A_stop_during_a_slack_send_lets_the_send_finish_so_nothing_is_resent_after_the_lease()
    {
        var subscription = await SlackSubscriptionAsync("C-stop");
        _slack.FailPosts(_ => PostFault.None, delay: TimeSpan.FromSeconds(1.5));
        using var stopping = new CancellationTokenSource();

        _time.SetUtcNow(Utc(3, 2, 8));
        var tick = _app.Runner(_time).TickAsync(stopping.Token);
        await _slack.WaitForAsync(FakeSlack.PostMessagePath);
        await stopping.CancelAsync();
        await tick;
        _time.SetUtcNow(Utc(3, 2, 8, 30));
        await _app.Runner(_time).TickAsync(default);

        Assert.Single(_slack.Timeline, m => m.Channel == "C-stop");
        Assert.Equal(DeliveryState.Sent, (await Store.GetDeliveryAsync(new(subscription.Id, March2)))!.State);
    }

    [Fact]
    public async Task A_teams_digest_whose_connection_was_reset_after_the_post_is_not_sent_again()
    {
        using var connector = new ResettingServer();
        const string conversation = "19:reset@thread.tacv2";
        await Store.SaveTeamsConversationAsync(conversation, connector.Url);
        var subscription = await Store.SubscribeAsync("msteams", conversation, "cybersecurity", Utc(3, 1, 0), always: true);
        var runner = _app.Runner(_time);

        _time.SetUtcNow(Utc(3, 2, 8));
        var first = await runner.TickAsync(default);
        _time.SetUtcNow(Utc(3, 2, 12));
        var later = await runner.TickAsync(default);

        Assert.Equal(1, connector.Received);
        Assert.Equal((0, 1), (first.Sent, first.Failed));
        Assert.Equal((0, 0), (later.Sent, later.Retrying));
        var delivery = await Store.GetDeliveryAsync(new(subscription.Id, March2));
        Assert.Equal(DeliveryState.Failed, delivery!.State);
        Assert.Contains("cannot tell whether it arrived", delivery.Note);
    }

    [Fact]
    public async Task A_connector_post_whose_connection_was_reset_is_made_once_and_reported_as_ambiguous()
    {
        // The path every Teams reply and proactive message takes.
        using var connector = new ResettingServer();
        var client = _app.Services.GetRequiredService<ResBot.Bot.Channels.Teams.Connector.IBotConnector>();
        var reference = new ConversationReference("msteams", "19:any@thread.tacv2", connector.Url, "tenant", "bot", "en", null);

        var result = await client.SendAsync(reference, new ResBot.Bot.Channels.Teams.Activities.Activity { Type = "message", Text = "once" });

        Assert.Equal(ResBot.Bot.Channels.Teams.Connector.ConnectorOutcome.Ambiguous, result.Outcome);
        Assert.Equal(1, connector.Received);
    }

    [Fact]
    public async Task A_teams_digest_whose_sender_died_mid_send_is_not_sent_again_after_the_lease()
    {
        const string conversation = "19:crash@thread.tacv2";
        await Store.SaveTeamsConversationAsync(conversation, _teams.ServiceUrl);
        var subscription = await Store.SubscribeAsync("msteams", conversation, "cybersecurity", Utc(3, 1, 0), always: true);
        var key = new DeliveryKey(subscription.Id, March2);
        await Store.TryClaimDeliveriesAsync([key], "dead-replica", Utc(3, 2, 8), Utc(3, 2, 8, 5));
        Assert.True(await Store.MarkDeliveriesSendingAsync([key], "dead-replica", Utc(3, 2, 8)));

        _time.SetUtcNow(Utc(3, 2, 8, 6));
        var report = await _app.Runner(_time).TickAsync(default);

        Assert.Empty(_teams.ConnectorCalls(conversation));
        Assert.Equal(1, report.Failed);
        Assert.Equal(DeliveryState.Failed, (await Store.GetDeliveryAsync(key))!.State);
    }

    [Fact]
    public async Task A_teams_digest_claimed_by_a_replica_that_died_before_sending_is_sent_once()
    {
        const string conversation = "19:early@thread.tacv2";
        await Store.SaveTeamsConversationAsync(conversation, _teams.ServiceUrl);
        var subscription = await Store.SubscribeAsync("msteams", conversation, "cybersecurity", Utc(3, 1, 0), always: true);
        var key = new DeliveryKey(subscription.Id, March2);
        await Store.TryClaimDeliveriesAsync([key], "dead-replica", Utc(3, 2, 8), Utc(3, 2, 8, 5));

        _time.SetUtcNow(Utc(3, 2, 8, 6));
        var report = await _app.Runner(_time).TickAsync(default);

        Assert.Single(_teams.ConnectorCalls(conversation));
        Assert.Equal(1, report.Sent);
    }

    public void Dispose()
    {
        _app.Dispose();
        _teams.Dispose();
        _slack.Dispose();
    }
}
