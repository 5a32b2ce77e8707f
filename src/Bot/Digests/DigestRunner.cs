using Microsoft.Extensions.Options;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Digests;

/// <summary>
/// One digest tick: finds the digests due now, claims them in storage (so that of several replicas exactly one sends each),
/// writes the delivery record before the send and confirms it after, and retries or pauses on failure.
/// </summary>
internal sealed class DigestRunner(
    IBotStore store,
    DigestComposer composer,
    IEnumerable<IDigestSender> senders,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestRunner> logger)
{
    // Backoff after a transient failure: 1, 2, 4 … minutes, at most an hour, never sooner than the platform asked.
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    private readonly string _claimant = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    // One sender per platform; a later registration (a host's override) replaces an earlier one.
    private readonly Dictionary<string, IDigestSender> _senders = senders
        .GroupBy(s => s.Platform, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
    private readonly DigestOptions _options = options.Value;

    public async Task<DigestTickReport> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var report = new Counts();
        var subscriptions = await store.ListActiveSubscriptionsAsync(cancellationToken);
        if (subscriptions.Count == 0)
            return report.ToReport(now); // nothing to do, and no reason to load the corpus for it
        await composer.RegisterCorpusAsync(now, cancellationToken);
        var records = (await store.ListDeliveriesAsync(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-(DigestSchedule.SkipLookback.Days + 2)), cancellationToken))
            .ToDictionary(r => r.Key);

        var due = new List<Due>();
        var unconfigured = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var subscription in subscriptions)
        {
            if (_senders.GetValueOrDefault(subscription.Platform)?.Unconfigured is { } reason)
            {
                // Sending would fail with no_token and pause the subscription for good: leave it to a host that can send.
                if (unconfigured.Add(subscription.Platform))
                    logger.LogWarning("Skipping {Platform} digests in this process: {Reason}", subscription.Platform, reason);
                continue;
            }
            if (!DigestSchedule.TryFindZone(subscription.TimeZone, out var zone))
            {
                logger.LogWarning("Subscription {Id} has an unknown time zone {Zone}; not scheduled", subscription.Id, subscription.TimeZone);
                continue;
            }
            var (firing, missed) = DigestSchedule.Plan(subscription, zone, now);
            foreach (var skipped in missed.Where(m => !records.ContainsKey(m.Key)))
            {
                await store.RecordSkippedDeliveryAsync(skipped.Key, $"missed: the bot was not running within {DigestSchedule.CatchUpWindow.TotalHours:0} hours of {skipped.At:u}", now, cancellationToken);
                report.Missed++;
            }
            if (firing is not { } f)
                continue;
            var record = records.GetValueOrDefault(f.Key);
            if (record is { State: DeliveryState.Pending, PlatformMessageId: not null } && record.LeaseUntil < now)
            {
                // The platform took the message, then the sender crashed before confirming: finish, never resend.
                await store.ConfirmDeliveriesAsync([f.Key], now, cancellationToken);
                logger.LogInformation("Digest {Key} was sent as {MessageId} before a restart; confirmed without sending again", f.Key, record.PlatformMessageId);
                report.Recovered++;
            }
            else if (record is null || (record is { State: DeliveryState.Pending, PlatformMessageId: null } && record.LeaseUntil < now))
            {
                due.Add(new Due(subscription, f.Key, f.At, record?.Attempts ?? 0));
            }
        }

        if (due.Count > 0)
        {
            var news = await composer.LoadNewsAsync(cancellationToken);
            foreach (var conversation in due.GroupBy(d => (d.Subscription.Platform, d.Subscription.ConversationId)))
            {
                var companions = Companions(conversation.ToList(), subscriptions, records, now);
                await DeliverAsync([.. conversation, .. companions], news, now, report, cancellationToken);
            }
        }

        var result = report.ToReport(now);
        if (result is not { Sent: 0, Recovered: 0, Quiet: 0, Missed: 0, Retrying: 0, Failed: 0 })
            logger.LogInformation("Digest tick {Report}", result);
        return result;
    }

    /// <summary>What subscription <paramref name="subscriptionId"/> would receive now, without sending or recording anything.</summary>
    public async Task<Digest?> PreviewAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        if (await store.GetSubscriptionAsync(subscriptionId, cancellationToken) is not { } subscription)
            return null;
        var now = time.GetUtcNow();
        DigestSchedule.TryFindZone(subscription.TimeZone, out var zone);
        var conversation = await store.GetConversationAsync(subscription.Platform, subscription.ConversationId, cancellationToken)
            ?? new ConversationReference(subscription.Platform, subscription.ConversationId, null, null, null, null, subscription.TimeZone);
        await composer.RegisterCorpusAsync(now, cancellationToken);
        var news = await composer.LoadNewsAsync(cancellationToken);
        return await composer.ComposeAsync(conversation, [(subscription, new DeliveryKey(subscription.Id, DigestSchedule.LocalDate(now, zone)))], news, cancellationToken);
    }

    /// <summary>
    /// One message per conversation per day: when one subscription of a conversation fires, the others not yet delivered
    /// today ride along as further sections, and find their own day done when their time comes.
    /// </summary>
    private static IEnumerable<Due> Companions(List<Due> due, IReadOnlyList<Subscription> subscriptions, Dictionary<DeliveryKey, Delivery> records, DateTimeOffset now)
    {
        var first = due[0].Subscription;
        foreach (var other in subscriptions)
        {
            if (other.Platform != first.Platform || other.ConversationId != first.ConversationId || due.Any(d => d.Subscription.Id == other.Id))
                continue;
            if (!DigestSchedule.TryFindZone(other.TimeZone, out var zone) || other.CreatedAt > now)
                continue;
            var key = new DeliveryKey(other.Id, DigestSchedule.LocalDate(now, zone));
            if (!records.ContainsKey(key))
                yield return new Due(other, key, now, 0);
        }
    }

    private async Task DeliverAsync(IReadOnlyList<Due> candidates, CorpusNews news, DateTimeOffset now, Counts report, CancellationToken cancellationToken)
    {
        var claimed = await store.TryClaimDeliveriesAsync(candidates.Select(c => c.Key).ToList(), _claimant, now, now + _options.ClaimLease, cancellationToken);
        if (claimed.Count == 0)
            return; // another replica has them
        var items = candidates.Where(c => claimed.Contains(c.Key)).OrderBy(c => c.Subscription.Id).ToList();
        var keys = items.Select(i => i.Key).ToList();
        var (platform, conversationId) = (items[0].Subscription.Platform, items[0].Subscription.ConversationId);

        var conversation = await store.GetConversationAsync(platform, conversationId, cancellationToken);
        if (conversation is not { Active: true })
        {
            var reason = conversation is null ? "no conversation reference stored" : "the platform refused writes to this conversation";
            await FailAndPauseAsync(platform, conversationId, keys, reason, now, report, cancellationToken);
            return;
        }

        var digest = await composer.ComposeAsync(conversation, items.Select(i => (i.Subscription, i.Key)).ToList(), news, cancellationToken);
        var quiet = digest.Sections.Where(s => !s.HasNews && s.Note is null).Select(s => items.First(i => i.Subscription.Id == s.SubscriptionId).Key).ToList();
        if (quiet.Count > 0)
        {
            await store.CloseDeliveriesAsync(quiet, DeliveryState.Skipped, "nothing new", now, cancellationToken);
            report.Quiet += quiet.Count;
            keys = keys.Except(quiet).ToList();
            digest = digest with { Sections = digest.Sections.Where(s => s.HasNews || s.Note is not null).ToList() };
        }
        if (keys.Count == 0)
            return;
        foreach (var section in digest.Sections)
            await store.SetDeliveryContentAsync(items.First(i => i.Subscription.Id == section.SubscriptionId).Key, section.ParagraphIds, cancellationToken);

        var result = await SendAsync(conversation, digest, cancellationToken);
        switch (result)
        {
            case DeliveryResult.Sent sent:
                // The id first, alone: once it is stored, a crash before the confirmation can no longer cause a second message.
                // The platform has the message now: these writes must finish even when the host is stopping.
                await store.RecordDeliveryMessageIdAsync(keys, sent.MessageId, time.GetUtcNow(), CancellationToken.None);
                await store.ConfirmDeliveriesAsync(keys, time.GetUtcNow(), CancellationToken.None);
                report.Sent++;
                break;
            case DeliveryResult.Transient transient:
                await RetryLaterAsync(items.Where(i => keys.Contains(i.Key)).ToList(), transient, now, report, cancellationToken);
                break;
            case DeliveryResult.Permanent permanent:
                await FailAndPauseAsync(platform, conversationId, keys, permanent.Reason, now, report, cancellationToken);
                await store.SetConversationActiveAsync(platform, conversationId, active: false, cancellationToken);
                break;
        }
    }

    private async Task<DeliveryResult> SendAsync(ConversationReference conversation, Digest digest, CancellationToken cancellationToken)
    {
        if (!_senders.TryGetValue(conversation.Platform, out var sender))
            return new DeliveryResult.Transient(TimeSpan.FromMinutes(5), $"no digest sender for platform {conversation.Platform}");
        try
        {
            return await sender.SendAsync(conversation, digest, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult.Transient(null, e.GetType().Name + ": " + e.Message);
        }
    }

    private async Task RetryLaterAsync(IReadOnlyList<Due> items, DeliveryResult.Transient transient, DateTimeOffset now, Counts report, CancellationToken cancellationToken)
    {
        var keys = items.Select(i => i.Key).ToList();
        if (items.All(i => now - i.FiresAt >= DigestSchedule.CatchUpWindow))
        {
            logger.LogWarning("Digest {Keys} still failing after {Hours} hours ({Reason}); giving up", string.Join(", ", keys), DigestSchedule.CatchUpWindow.TotalHours, transient.Reason);
            await store.CloseDeliveriesAsync(keys, DeliveryState.Failed, "gave up: " + transient.Reason, now, cancellationToken);
            report.Failed += keys.Count;
            return;
        }
        var attempts = items.Max(i => i.PreviousAttempts) + 1;
        var backoff = TimeSpan.FromMinutes(Math.Min(Math.Pow(2, attempts - 1), MaxBackoff.TotalMinutes));
        var retryAt = now + (transient.RetryAfter is { } asked && asked > backoff ? asked : backoff);
        logger.LogInformation("Digest {Keys} failed transiently ({Reason}); retrying at {RetryAt:u}", string.Join(", ", keys), transient.Reason, retryAt);
        await store.ReleaseDeliveriesAsync(keys, retryAt, transient.Reason, now, cancellationToken);
        report.Retrying += keys.Count;
    }

    private async Task FailAndPauseAsync(string platform, string conversationId, IReadOnlyList<DeliveryKey> keys, string reason, DateTimeOffset now, Counts report, CancellationToken cancellationToken)
    {
        logger.LogWarning("Digests to {Platform} conversation {Conversation} refused ({Reason}): its subscriptions are paused", platform, conversationId, reason);
        await store.CloseDeliveriesAsync(keys, DeliveryState.Failed, reason, now, cancellationToken);
        await store.SetSubscriptionsPausedAsync(platform, conversationId, paused: true, reason, cancellationToken);
        report.Failed += keys.Count;
    }

    private sealed record Due(Subscription Subscription, DeliveryKey Key, DateTimeOffset FiresAt, int PreviousAttempts);

    private sealed class Counts
    {
        public int Sent, Recovered, Quiet, Missed, Retrying, Failed;

        public DigestTickReport ToReport(DateTimeOffset now) => new(now, Sent, Recovered, Quiet, Missed, Retrying, Failed);
    }
}
