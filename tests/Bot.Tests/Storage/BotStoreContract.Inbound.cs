using ResBot.Bot.Storage;

namespace ResBot.Bot.Tests.Storage;

// The inbound queue: queued with the event's "seen" record in one step, claimed with a lease by one replica at a time.
public abstract partial class BotStoreContract
{
    private static readonly DateTimeOffset InboxNow = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_event_is_queued_once_and_a_retry_is_a_duplicate()
    {
        Assert.Equal(InboundEnqueueResult.Queued, await Store.EnqueueAsync("slack.event", "{}", "Ev1", 10, InboxNow));
        Assert.Equal(InboundEnqueueResult.Duplicate, await Store.EnqueueAsync("slack.event", "{}", "Ev1", 10, InboxNow));

        Assert.Equal(1, (await Store.CountInboundAsync())["pending"]);
    }

    [Fact]
    public async Task An_event_the_full_queue_refuses_is_not_recorded_as_seen()
    {
        await Store.EnqueueAsync("slack.event", "{}", "Ev1", 1, InboxNow);

        Assert.Equal(InboundEnqueueResult.Full, await Store.EnqueueAsync("slack.event", "{}", "Ev2", 1, InboxNow));
        var work = Assert.Single(await Store.ClaimInboundAsync("a", 10, InboxNow, InboxNow.AddMinutes(1)));
        await Store.CompleteInboundAsync(work.Id, "a", work.Attempts, InboxNow);
        Assert.Equal(InboundEnqueueResult.Queued, await Store.EnqueueAsync("slack.event", "{}", "Ev2", 1, InboxNow));
        // A retry of an event already queued stays a duplicate even when the queue is full.
        Assert.Equal(InboundEnqueueResult.Duplicate, await Store.EnqueueAsync("slack.event", "{}", "Ev2", 1, InboxNow));
    }

    [Fact]
    public async Task Claimed_work_belongs_to_one_replica_until_its_lease_runs_out()
    {
        await Store.EnqueueAsync("slack.command", "{\"n\":1}", null, 10, InboxNow);
        var other = await OpenStoreAsync();

        var first = Assert.Single(await Store.ClaimInboundAsync("a", 10, InboxNow, InboxNow.AddMinutes(2)));
        Assert.Empty(await other.ClaimInboundAsync("b", 10, InboxNow.AddMinutes(1), InboxNow.AddMinutes(3)));
        var taken = Assert.Single(await other.ClaimInboundAsync("b", 10, InboxNow.AddMinutes(3), InboxNow.AddMinutes(5)));

        Assert.Equal((first.Id, "{\"n\":1}", 1, 2), (taken.Id, taken.Payload, first.Attempts, taken.Attempts));
        // The replica that lost its lease can no longer renew, complete or release the work.
        Assert.False(await Store.RenewInboundAsync(first.Id, "a", first.Attempts, InboxNow.AddMinutes(9), InboxNow.AddMinutes(4)));
        Assert.False(await Store.CompleteInboundAsync(first.Id, "a", first.Attempts, InboxNow.AddMinutes(4)));
        Assert.False(await Store.ReleaseInboundAsync(first.Id, "a", first.Attempts, InboxNow, "late", giveUp: true, InboxNow.AddMinutes(4)));
        Assert.Equal(1, (await Store.CountInboundAsync())["pending"]);
        Assert.True(await other.CompleteInboundAsync(taken.Id, "b", taken.Attempts, InboxNow.AddMinutes(4)));
        Assert.Equal((0, 1), ((await Store.CountInboundAsync())["pending"], (await Store.CountInboundAsync())["done"]));
    }

    [Fact]
    public async Task Released_work_comes_back_at_its_retry_time_and_given_up_work_never()
    {
        await Store.EnqueueAsync("slack.event", "{}", "Ev1", 10, InboxNow);
        await Store.EnqueueAsync("slack.event", "{}", "Ev2", 10, InboxNow);
        var claimed = await Store.ClaimInboundAsync("a", 10, InboxNow, InboxNow.AddMinutes(2));
        Assert.Equal(2, claimed.Count);

        Assert.True(await Store.ReleaseInboundAsync(claimed[0].Id, "a", claimed[0].Attempts, InboxNow.AddSeconds(10), "timeout", giveUp: false, InboxNow));
        Assert.True(await Store.ReleaseInboundAsync(claimed[1].Id, "a", claimed[1].Attempts, InboxNow, "bug", giveUp: true, InboxNow));

        Assert.Empty(await Store.ClaimInboundAsync("a", 10, InboxNow.AddSeconds(5), InboxNow.AddMinutes(2)));
        Assert.Equal(claimed[0].Id, Assert.Single(await Store.ClaimInboundAsync("a", 10, InboxNow.AddSeconds(10), InboxNow.AddMinutes(2))).Id);
        Assert.Equal(1, (await Store.CountInboundAsync())["failed"]);
    }

    [Fact]
    public async Task A_renewed_lease_keeps_work_from_other_replicas_and_a_reclaim_by_the_same_replica_is_a_new_claim()
    {
        await Store.EnqueueAsync("slack.event", "{}", "Ev1", 10, InboxNow);
        var other = await OpenStoreAsync();
        var first = Assert.Single(await Store.ClaimInboundAsync("a", 10, InboxNow, InboxNow.AddMinutes(2)));

        Assert.True(await Store.RenewInboundAsync(first.Id, "a", first.Attempts, InboxNow.AddMinutes(4), InboxNow.AddMinutes(1)));
        Assert.Empty(await other.ClaimInboundAsync("b", 10, InboxNow.AddMinutes(3), InboxNow.AddMinutes(5)));

        // Past the renewed lease, the same worker claiming again holds a new claim; the old one is over.
        var again = Assert.Single(await Store.ClaimInboundAsync("a", 10, InboxNow.AddMinutes(5), InboxNow.AddMinutes(7)));
        Assert.False(await Store.CompleteInboundAsync(first.Id, "a", first.Attempts, InboxNow.AddMinutes(5)));
        Assert.True(await Store.CompleteInboundAsync(again.Id, "a", again.Attempts, InboxNow.AddMinutes(5)));
    }

    [Fact]
    public async Task Held_work_is_claimed_by_no_worker_until_its_hold_ends_and_its_holder_can_withdraw_it()
    {
        var hold = new InboundHold("intake", InboxNow.AddSeconds(2));
        var queued = await Store.TryEnqueueInboundAsync([new InboundItem("slack.command", "{\"n\":1}", HeldBy: hold), new InboundItem("slack.command", "{\"n\":2}", HeldBy: hold)], 10, InboxNow);
        Assert.Equal((InboundEnqueueResult.Queued, 2), (queued.Result, queued.Ids.Count));

        Assert.Empty(await Store.ClaimInboundAsync("w", 10, InboxNow.AddSeconds(1), InboxNow.AddMinutes(2)));
        Assert.True(await Store.CompleteInboundAsync(queued.Ids[0], "intake", 0, InboxNow.AddSeconds(1)));
        // The second was not withdrawn (its holder died, say): a worker takes it once the hold ends.
        var taken = Assert.Single(await Store.ClaimInboundAsync("w", 10, InboxNow.AddSeconds(2), InboxNow.AddMinutes(2)));
        Assert.Equal((queued.Ids[1], 1), (taken.Id, taken.Attempts));
        Assert.False(await Store.CompleteInboundAsync(queued.Ids[1], "intake", 0, InboxNow.AddSeconds(3)));
    }

    [Fact]
    public async Task Items_queued_together_are_deduplicated_one_by_one()
    {
        InboundItem Press(string key) => new("slack.interaction", "{}", key);

        var first = await Store.TryEnqueueInboundAsync([Press("press-1"), Press("press-2")], 10, InboxNow);
        var again = await Store.TryEnqueueInboundAsync([Press("press-1"), Press("press-2")], 10, InboxNow);
        var mixed = await Store.TryEnqueueInboundAsync([Press("press-2"), Press("press-3")], 10, InboxNow);

        Assert.Equal((InboundEnqueueResult.Queued, 2), (first.Result, first.Ids.Count));
        Assert.Equal((InboundEnqueueResult.Duplicate, 0), (again.Result, again.Ids.Count));
        Assert.Equal((InboundEnqueueResult.Queued, 1), (mixed.Result, mixed.Ids.Count));
        Assert.Equal(3, (await Store.CountInboundAsync())["pending"]);
    }
}
