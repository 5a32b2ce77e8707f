using ResBot.Bot.Storage;

namespace ResBot.Bot.Tests.Storage;

// The inbound queue: queued with the event's "seen" record in one step, claimed with a lease by one replica at a time.
public abstract partial class BotStoreContract
{
    private static readonly DateTimeOffset InboxNow = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_event_is_queued_once_and_a_retry_is_a_duplicate()
    {
        Assert.Equal(InboundEnqueueResult.Queued, await Store.TryEnqueueInboundAsync("slack.event", "{}", "Ev1", 10, InboxNow));
        Assert.Equal(InboundEnqueueResult.Duplicate, await Store.TryEnqueueInboundAsync("slack.event", "{}", "Ev1", 10, InboxNow));

        Assert.Equal(1, (await Store.CountInboundAsync())["pending"]);
    }

    [Fact]
    public async Task An_event_the_full_queue_refuses_is_not_recorded_as_seen()
    {
        await Store.TryEnqueueInboundAsync("slack.event", "{}", "Ev1", 1, InboxNow);

        Assert.Equal(InboundEnqueueResult.Full, await Store.TryEnqueueInboundAsync("slack.event", "{}", "Ev2", 1, InboxNow));
        var work = Assert.Single(await Store.ClaimInboundAsync("a", 10, InboxNow, InboxNow.AddMinutes(1)));
        await Store.CompleteInboundAsync(work.Id, "a", InboxNow);
        Assert.Equal(InboundEnqueueResult.Queued, await Store.TryEnqueueInboundAsync("slack.event", "{}", "Ev2", 1, InboxNow));
        // A retry of an event already queued stays a duplicate even when the queue is full.
        Assert.Equal(InboundEnqueueResult.Duplicate, await Store.TryEnqueueInboundAsync("slack.event", "{}", "Ev2", 1, InboxNow));
    }

    [Fact]
    public async Task Claimed_work_belongs_to_one_replica_until_its_lease_runs_out()
    {
        await Store.TryEnqueueInboundAsync("slack.command", "{\"n\":1}", null, 10, InboxNow);
        var other = await OpenStoreAsync();

        var first = Assert.Single(await Store.ClaimInboundAsync("a", 10, InboxNow, InboxNow.AddMinutes(2)));
        Assert.Empty(await other.ClaimInboundAsync("b", 10, InboxNow.AddMinutes(1), InboxNow.AddMinutes(3)));
        var taken = Assert.Single(await other.ClaimInboundAsync("b", 10, InboxNow.AddMinutes(3), InboxNow.AddMinutes(5)));

        Assert.Equal((first.Id, "{\"n\":1}", 1, 2), (taken.Id, taken.Payload, first.Attempts, taken.Attempts));
        // The replica that lost its lease can no longer complete or release the work.
        await Store.CompleteInboundAsync(first.Id, "a", InboxNow.AddMinutes(4));
        Assert.Equal(1, (await Store.CountInboundAsync())["pending"]);
        await other.CompleteInboundAsync(taken.Id, "b", InboxNow.AddMinutes(4));
        Assert.Equal((0, 1), ((await Store.CountInboundAsync())["pending"], (await Store.CountInboundAsync())["done"]));
    }

    [Fact]
    public async Task Released_work_comes_back_at_its_retry_time_and_given_up_work_never()
    {
        await Store.TryEnqueueInboundAsync("slack.event", "{}", "Ev1", 10, InboxNow);
        await Store.TryEnqueueInboundAsync("slack.event", "{}", "Ev2", 10, InboxNow);
        var claimed = await Store.ClaimInboundAsync("a", 10, InboxNow, InboxNow.AddMinutes(2));
        Assert.Equal(2, claimed.Count);

        await Store.ReleaseInboundAsync(claimed[0].Id, "a", InboxNow.AddSeconds(10), "timeout", giveUp: false, InboxNow);
        await Store.ReleaseInboundAsync(claimed[1].Id, "a", InboxNow, "bug", giveUp: true, InboxNow);

        Assert.Empty(await Store.ClaimInboundAsync("a", 10, InboxNow.AddSeconds(5), InboxNow.AddMinutes(2)));
        Assert.Equal(claimed[0].Id, Assert.Single(await Store.ClaimInboundAsync("a", 10, InboxNow.AddSeconds(10), InboxNow.AddMinutes(2))).Id);
        Assert.Equal(1, (await Store.CountInboundAsync())["failed"]);
    }
}
