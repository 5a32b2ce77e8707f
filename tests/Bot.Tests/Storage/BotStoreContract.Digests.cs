using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Storage;

// The digest half of the contract: subscriptions, the exactly-once delivery claim, seen paragraphs.
public abstract partial class BotStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 3, 29, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 29);

    private static Subscription NewSubscription(string conversation = "C1", string topic = "cybersecurity") =>
        new(0, "slack", conversation, topic, new TimeOnly(8, 0), "Europe/Paris", Language.Fr, Always: false, "U1", Now.AddDays(-1));

    [Fact]
    public async Task A_subscription_gets_an_id_and_reads_back_as_stored()
    {
        var stored = await Store.AddSubscriptionAsync(NewSubscription());

        Assert.True(stored.Id > 0);
        Assert.Equal(stored, await Store.GetSubscriptionAsync(stored.Id));
        Assert.Equal([stored], await Store.ListSubscriptionsAsync("slack", "C1"));
        Assert.Equal([stored], await Store.ListActiveSubscriptionsAsync());
    }

    [Fact]
    public async Task Unsubscribing_works_only_from_the_conversation_that_owns_the_subscription()
    {
        var mine = await Store.AddSubscriptionAsync(NewSubscription("C1"));

        Assert.False(await Store.RemoveSubscriptionAsync("slack", "C2", mine.Id));
        Assert.NotNull(await Store.GetSubscriptionAsync(mine.Id));

        Assert.True(await Store.RemoveSubscriptionAsync("slack", "C1", mine.Id));
        Assert.Null(await Store.GetSubscriptionAsync(mine.Id));
        Assert.False(await Store.RemoveSubscriptionAsync("slack", "C1", mine.Id));
    }

    [Fact]
    public async Task Paused_subscriptions_are_listed_for_their_conversation_but_not_scheduled()
    {
        var paused = await Store.AddSubscriptionAsync(NewSubscription("C1"));
        var other = await Store.AddSubscriptionAsync(NewSubscription("C2"));

        await Store.SetSubscriptionsPausedAsync("slack", "C1", paused: true, "channel_not_found");

        Assert.Equal([other.Id], (await Store.ListActiveSubscriptionsAsync()).Select(s => s.Id));
        var listed = Assert.Single(await Store.ListSubscriptionsAsync("slack", "C1"));
        Assert.True(listed.Paused);
        Assert.Equal("channel_not_found", listed.PausedReason);
    }

    [Fact]
    public async Task Replicas_claiming_the_same_deliveries_concurrently_each_get_a_disjoint_share_and_together_all()
    {
        var replicas = new[] { Store, await OpenStoreAsync(), await OpenStoreAsync() };
        var subscriptions = new List<Subscription>();
        for (var i = 0; i < 5; i++)
            subscriptions.Add(await Store.AddSubscriptionAsync(NewSubscription($"C{i}")));
        var keys = subscriptions.Select(s => new DeliveryKey(s.Id, Today)).ToList();

        var claims = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            replicas[i % replicas.Length].TryClaimDeliveriesAsync(keys, $"replica-{i}", Now, Now.AddMinutes(5))));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(keys.Count, all.Count);
        Assert.Equal(keys.ToHashSet(), all.ToHashSet());
    }

    [Fact]
    public async Task A_pending_delivery_is_claimable_again_only_after_its_lease_and_never_once_the_platform_answered()
    {
        var first = await Store.AddSubscriptionAsync(NewSubscription("C1"));
        var second = await Store.AddSubscriptionAsync(NewSubscription("C2"));
        DeliveryKey crashedBeforeAnswer = new(first.Id, Today), crashedAfterAnswer = new(second.Id, Today);
        await Store.TryClaimDeliveriesAsync([crashedBeforeAnswer, crashedAfterAnswer], "a", Now, Now.AddMinutes(5));
        await Store.RecordDeliveryMessageIdAsync([crashedAfterAnswer], "1712345678.000100", Now);

        Assert.Empty(await Store.TryClaimDeliveriesAsync([crashedBeforeAnswer, crashedAfterAnswer], "b", Now.AddMinutes(4), Now.AddMinutes(9)));

        var later = Now.AddMinutes(6);
        Assert.Equal([crashedBeforeAnswer], await Store.TryClaimDeliveriesAsync([crashedBeforeAnswer, crashedAfterAnswer], "b", later, later.AddMinutes(5)));
        var reclaimed = await Store.GetDeliveryAsync(crashedBeforeAnswer);
        Assert.Equal(2, reclaimed!.Attempts);
        Assert.Equal(DeliveryState.Pending, reclaimed.State);
        Assert.Equal("1712345678.000100", (await Store.GetDeliveryAsync(crashedAfterAnswer))!.PlatformMessageId);
    }

    [Fact]
    public async Task A_confirmed_delivery_is_sent_and_its_paragraphs_count_as_seen_by_that_subscription_only()
    {
        var subscription = await Store.AddSubscriptionAsync(NewSubscription("C1"));
        var other = await Store.AddSubscriptionAsync(NewSubscription("C2"));
        var key = new DeliveryKey(subscription.Id, Today);
        await Store.TryClaimDeliveriesAsync([key], "a", Now, Now.AddMinutes(5));
        await Store.SetDeliveryContentAsync(key, ["DOC|38/4|5", "DOC|38/4|6"]);
        await Store.RecordDeliveryMessageIdAsync([key], "m-1", Now);

        await Store.ConfirmDeliveriesAsync([key], "a", Now.AddSeconds(1));

        var delivery = await Store.GetDeliveryAsync(key);
        Assert.Equal(DeliveryState.Sent, delivery!.State);
        Assert.Equal(["DOC|38/4|5", "DOC|38/4|6"], delivery.ParagraphIds);
        Assert.Equal(new HashSet<string> { "DOC|38/4|5", "DOC|38/4|6" }, await Store.GetSentParagraphsAsync(subscription.Id));
        Assert.Empty(await Store.GetSentParagraphsAsync(other.Id));
        Assert.Empty(await Store.TryClaimDeliveriesAsync([key], "b", Now.AddHours(1), Now.AddHours(2)));
    }

    [Fact]
    public async Task A_released_delivery_waits_for_its_retry_time()
    {
        var subscription = await Store.AddSubscriptionAsync(NewSubscription());
        var key = new DeliveryKey(subscription.Id, Today);
        await Store.TryClaimDeliveriesAsync([key], "a", Now, Now.AddMinutes(5));

        await Store.ReleaseDeliveriesAsync([key], "a", Now.AddSeconds(90), "429 Too Many Requests", mayHaveBeenSent: false, Now);

        Assert.Empty(await Store.TryClaimDeliveriesAsync([key], "a", Now.AddSeconds(60), Now.AddMinutes(6)));
        Assert.Equal([key], await Store.TryClaimDeliveriesAsync([key], "a", Now.AddSeconds(120), Now.AddMinutes(7)));
    }

    [Fact]
    public async Task A_replica_whose_lease_ran_out_and_was_taken_over_can_no_longer_confirm_release_or_close()
    {
        var subscription = await Store.AddSubscriptionAsync(NewSubscription());
        var key = new DeliveryKey(subscription.Id, Today);
        await Store.TryClaimDeliveriesAsync([key], "slow", Now, Now.AddMinutes(5));
        Assert.Equal([key], await Store.TryClaimDeliveriesAsync([key], "fresh", Now.AddMinutes(6), Now.AddMinutes(11)));

        Assert.False(await Store.MarkDeliveriesSendingAsync([key], "slow", Now.AddMinutes(7)));
        await Store.ConfirmDeliveriesAsync([key], "slow", Now.AddMinutes(7));
        await Store.ReleaseDeliveriesAsync([key], "slow", Now.AddDays(1), "late", mayHaveBeenSent: false, Now.AddMinutes(7));
        await Store.CloseDeliveriesAsync([key], "slow", DeliveryState.Failed, "late", Now.AddMinutes(7));

        var record = await Store.GetDeliveryAsync(key);
        Assert.Equal((DeliveryState.Pending, Now.AddMinutes(11)), (record!.State, record.LeaseUntil));
        Assert.True(await Store.MarkDeliveriesSendingAsync([key], "fresh", Now.AddMinutes(7)));
    }

    [Fact]
    public async Task A_send_that_got_no_answer_stays_marked_until_an_attempt_surely_sent_nothing()
    {
        var subscription = await Store.AddSubscriptionAsync(NewSubscription());
        var key = new DeliveryKey(subscription.Id, Today);
        await Store.TryClaimDeliveriesAsync([key], "a", Now, Now.AddMinutes(5));
        Assert.Null((await Store.GetDeliveryAsync(key))!.SendStartedAt);

        Assert.True(await Store.MarkDeliveriesSendingAsync([key], "a", Now));
        await Store.ReleaseDeliveriesAsync([key], "a", Now.AddMinutes(1), "timeout", mayHaveBeenSent: true, Now);
        Assert.Equal(Now, (await Store.GetDeliveryAsync(key))!.SendStartedAt);

        await Store.TryClaimDeliveriesAsync([key], "a", Now.AddMinutes(2), Now.AddMinutes(7));
        await Store.ReleaseDeliveriesAsync([key], "a", Now.AddMinutes(3), "429", mayHaveBeenSent: false, Now.AddMinutes(2));
        Assert.Null((await Store.GetDeliveryAsync(key))!.SendStartedAt);
    }

    [Fact]
    public async Task Skipped_and_failed_deliveries_are_final()
    {
        var skipped = await Store.AddSubscriptionAsync(NewSubscription("C1"));
        var failed = await Store.AddSubscriptionAsync(NewSubscription("C2"));
        DeliveryKey skippedKey = new(skipped.Id, Today.AddDays(-3)), failedKey = new(failed.Id, Today);
        await Store.RecordSkippedDeliveryAsync(skippedKey, "missed by more than 24 hours", Now);
        await Store.TryClaimDeliveriesAsync([failedKey], "a", Now, Now.AddMinutes(5));
        await Store.CloseDeliveriesAsync([failedKey], "a", DeliveryState.Failed, "channel_not_found", Now);

        Assert.Empty(await Store.TryClaimDeliveriesAsync([skippedKey, failedKey], "b", Now.AddDays(1), Now.AddDays(1).AddMinutes(5)));
        var records = await Store.ListDeliveriesAsync(Today.AddDays(-7));
        Assert.Equal([(skippedKey, DeliveryState.Skipped), (failedKey, DeliveryState.Failed)],
            records.OrderBy(r => r.Key.LocalDate).Select(r => (r.Key, r.State)));
        Assert.Equal([failedKey], (await Store.ListDeliveriesAsync(Today)).Select(r => r.Key));
    }

    [Fact]
    public async Task A_corpus_paragraph_keeps_the_date_it_was_first_seen()
    {
        await Store.RegisterCorpusParagraphsAsync(["DOC|38/4|5"], Now);
        await Store.RegisterCorpusParagraphsAsync(["DOC|38/4|5", "DOC|38/5|1"], Now.AddDays(2));

        var seen = await Store.GetCorpusParagraphsAsync();

        Assert.Equal(Now, seen["DOC|38/4|5"]);
        Assert.Equal(Now.AddDays(2), seen["DOC|38/5|1"]);
    }
}
