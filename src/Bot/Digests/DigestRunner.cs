using Microsoft.Extensions.Options;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Digests;

/// <summary>
/// One digest tick: finds the digests due now, claims them in storage (so that of several replicas exactly one sends each),
/// writes the delivery record before the send and confirms it after, and retries or pauses on failure.
/// </summary>
internal sealed class DigestRunner(
    ISubscriptionStore subscriptionStore,
    IDeliveryStore deliveries,
    IConversationStore conversations,
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
        .GroupBy(s => s.Platform.Id, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
    private readonly DigestOptions _options = options.Value;

    public async Task<DigestTickReport> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var report = new Counts();
        var subscriptions = await subscriptionStore.ListActiveSubscriptionsAsync(cancellationToken);
        if (subscriptions.Count == 0)
            return report.ToReport(now); // nothing to do, and no reason to load the corpus for it
        await composer.RegisterCorpusAsync(now, cancellationToken);
        var records = (await deliveries.ListDeliveriesAsync(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-(DigestSchedule.SkipLookback.Days + 2)), cancellationToken))
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
            foreach (var skipped in missed)
            {
                if (!records.TryGetValue(skipped.Key, out var old))
                {
                    await deliveries.RecordSkippedDeliveryAsync(skipped.Key, $"missed: the bot was not running within {DigestSchedule.CatchUpWindow.TotalHours:0} hours of {skipped.At:u}", now, cancellationToken);
                    report.Missed++;
                }
                else if (await TryRecoverAsync(old, now, cancellationToken))
                {
                    report.Recovered++;
                }
                else if (old is { State: DeliveryState.Pending } && old.LeaseUntil < now)
                {
                    // Still failing when its catch-up window closed (a later firing is due now): give it up for good.
                    logger.LogWarning("Digest {Key} still not sent {Hours} hours after it fired ({Reason}); giving up", old.Key, DigestSchedule.CatchUpWindow.TotalHours, old.Note);
                    await deliveries.CloseDeliveriesAsync([old.Key], _claimant, DeliveryState.Failed, $"gave up: not sent within {DigestSchedule.CatchUpWindow.TotalHours:0} hours ({old.Note})", now, cancellationToken);
                    report.Failed++;
                }
            }
            if (firing is not { } f)
                continue;
            var record = records.GetValueOrDefault(f.Key);
            if (record is not null && await TryRecoverAsync(record, now, cancellationToken))
                report.Recovered++;
            else if (record is null || (record is { State: DeliveryState.Pending, PlatformMessageId: null } && record.LeaseUntil < now))
                due.Add(new Due(subscription, f.Key, f.At, record?.Attempts ?? 0, MayHaveBeenSent: record?.SendStartedAt is not null, Companion: false));
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

    /// <summary>The platform took the message, then the sender crashed before confirming: finish, never resend.</summary>
    private async Task<bool> TryRecoverAsync(Delivery record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (record is not { State: DeliveryState.Pending, PlatformMessageId: not null } || record.LeaseUntil >= now)
            return false;
        await deliveries.ConfirmDeliveriesAsync([record.Key], _claimant, now, cancellationToken);
        logger.LogInformation("Digest {Key} was sent as {MessageId} before a restart; confirmed without sending again", record.Key, record.PlatformMessageId);
        return true;
    }

    /// <summary>What subscription <paramref name="subscriptionId"/> would receive now, without sending or recording anything.</summary>
    public async Task<Digest?> PreviewAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        if (await subscriptionStore.GetSubscriptionAsync(subscriptionId, cancellationToken) is not { } subscription)
            return null;
        var now = time.GetUtcNow();
        DigestSchedule.TryFindZone(subscription.TimeZone, out var zone);
        var conversation = await conversations.GetConversationAsync(subscription.Platform, subscription.ConversationId, cancellationToken)
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
                yield return new Due(other, key, now, 0, MayHaveBeenSent: false, Companion: true);
        }
    }

    private async Task DeliverAsync(IReadOnlyList<Due> candidates, CorpusNews news, DateTimeOffset now, Counts report, CancellationToken cancellationToken)
    {
        var claimed = await deliveries.TryClaimDeliveriesAsync(candidates.Select(c => c.Key).ToList(), _claimant, now, now + _options.ClaimLease, cancellationToken);
        if (claimed.Count == 0)
            return; // another replica has them
        var items = candidates.Where(c => claimed.Contains(c.Key)).OrderBy(c => c.Subscription.Id).ToList();
        var keys = items.Select(i => i.Key).ToList();
        var (platform, conversationId) = (items[0].Subscription.Platform, items[0].Subscription.ConversationId);

        var conversation = await conversations.GetConversationAsync(platform, conversationId, cancellationToken);
        if (conversation is not { Active: true })
        {
            var reason = conversation is null ? "no conversation reference stored" : "the platform refused writes to this conversation";
            await FailAndPauseAsync(platform, conversationId, keys, reason, now, report, cancellationToken);
            return;
        }

        var sender = _senders.GetValueOrDefault(platform);
        if (sender is { CanTellIfSent: false } && items.Where(i => i.MayHaveBeenSent).ToList() is { Count: > 0 } unsure)
        {
            // An earlier send got no answer (a crash or a timeout mid-send) and this platform cannot be asked whether it
            // arrived: sending again could post a second copy, so these end here (at most once).
            var unsureKeys = unsure.Select(i => i.Key).ToList();
            logger.LogWarning("Digest {Keys}: an earlier send to {Platform} got no answer and cannot be checked; not sent again", string.Join(", ", unsureKeys), platform);
            await deliveries.CloseDeliveriesAsync(unsureKeys, _claimant, DeliveryState.Failed,
                $"an earlier send got no answer and {platform} cannot tell whether it arrived: not sent again", now, cancellationToken);
            report.Failed += unsure.Count;
            items = items.Except(unsure).ToList();
            keys = items.Select(i => i.Key).ToList();
            if (items.Count == 0)
                return;
        }

        var digest = await composer.ComposeAsync(conversation, items.Select(i => (i.Subscription, i.Key)).ToList(), news, cancellationToken);
        var quiet = digest.Sections.Where(s => !s.HasNews && s.Note is null).Select(s => items.First(i => i.Subscription.Id == s.SubscriptionId)).ToList();
        if (quiet.Count > 0)
        {
            // A quiet subscription firing now has nothing today; a quiet companion only had nothing to add to this
            // message, and keeps its own slot later today.
            await deliveries.CloseDeliveriesAsync(quiet.Where(q => !q.Companion).Select(q => q.Key).ToList(), _claimant, DeliveryState.Skipped, "nothing new", now, cancellationToken);
            await deliveries.ReleaseDeliveriesAsync(quiet.Where(q => q.Companion).Select(q => q.Key).ToList(), _claimant, now,
                "nothing new to add to another subscription's digest", mayHaveBeenSent: false, now, cancellationToken);
            report.Quiet += quiet.Count(q => !q.Companion);
            keys = keys.Except(quiet.Select(q => q.Key)).ToList();
            digest = digest with { Sections = digest.Sections.Where(s => s.HasNews || s.Note is not null).ToList() };
        }
        if (keys.Count == 0)
            return;
        foreach (var section in digest.Sections)
            await deliveries.SetDeliveryContentAsync(items.First(i => i.Subscription.Id == section.SubscriptionId).Key, section.ParagraphIds, cancellationToken);

        var sending = items.Where(i => keys.Contains(i.Key)).ToList();
        if (!await deliveries.MarkDeliveriesSendingAsync(keys, _claimant, time.GetUtcNow(), cancellationToken))
        {
            logger.LogWarning("Digest {Keys}: the claim was lost before the send (a slow tick); left to the replica holding it", string.Join(", ", keys));
            return;
        }
        var attempt = new DigestAttempt(keys, sending.Min(i => i.FiresAt), sending.Any(i => i.MayHaveBeenSent));
        // Not cancelled by a stop: a send cut short is one nobody can tell was made. The senders' own timeouts bound it.
        var result = await SendAsync(sender, conversation, digest, attempt, CancellationToken.None);
        switch (result)
        {
            case DeliveryResult.Sent sent:
                // The id first, alone: once it is stored, a crash before the confirmation can no longer cause a second message.
                // The platform has the message now: these writes must finish even when the host is stopping.
                await deliveries.RecordDeliveryMessageIdAsync(keys, sent.MessageId, time.GetUtcNow(), CancellationToken.None);
                await deliveries.ConfirmDeliveriesAsync(keys, _claimant, time.GetUtcNow(), CancellationToken.None);
                report.Sent++;
                break;
            case DeliveryResult.Transient transient:
                await RetryLaterAsync(sending, transient.RetryAfter, transient.Reason, mayHaveBeenSent: false, now, report, CancellationToken.None);
                break;
            case DeliveryResult.Ambiguous ambiguous when sender is { CanTellIfSent: true }:
                await RetryLaterAsync(sending, null, "no answer: " + ambiguous.Reason, mayHaveBeenSent: true, now, report, CancellationToken.None);
                break;
            case DeliveryResult.Ambiguous ambiguous:
                logger.LogWarning("Digest {Keys}: {Platform} gave no answer ({Reason}) and cannot tell whether it arrived; not sent again", string.Join(", ", keys), platform, ambiguous.Reason);
                await deliveries.CloseDeliveriesAsync(keys, _claimant, DeliveryState.Failed,
                    $"no answer ({ambiguous.Reason}) and {platform} cannot tell whether it arrived: not sent again", time.GetUtcNow(), CancellationToken.None);
                report.Failed += keys.Count;
                break;
            case DeliveryResult.Permanent permanent:
                await FailAndPauseAsync(platform, conversationId, keys, permanent.Reason, now, report, CancellationToken.None);
                await conversations.SetConversationActiveAsync(platform, conversationId, active: false, CancellationToken.None);
                break;
        }
    }

    private static async Task<DeliveryResult> SendAsync(IDigestSender? sender, ConversationReference conversation, Digest digest, DigestAttempt attempt, CancellationToken cancellationToken)
    {
        if (sender is null)
            return new DeliveryResult.Transient(TimeSpan.FromMinutes(5), $"no digest sender for platform {conversation.Platform}");
        try
        {
            return await sender.SendAsync(conversation, digest, attempt, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException)
        {
            // Thrown mid-send: whether the platform took it is unknown.
            return new DeliveryResult.Ambiguous(e.GetType().Name + ": " + e.Message);
        }
    }

    private async Task RetryLaterAsync(IReadOnlyList<Due> items, TimeSpan? retryAfter, string reason, bool mayHaveBeenSent, DateTimeOffset now, Counts report, CancellationToken cancellationToken)
    {
        var keys = items.Select(i => i.Key).ToList();
        var attempts = items.Max(i => i.PreviousAttempts) + 1;
        var backoff = TimeSpan.FromMinutes(Math.Min(Math.Pow(2, attempts - 1), MaxBackoff.TotalMinutes));
        var retryAt = now + (retryAfter is { } asked && asked > backoff ? asked : backoff);
        if (items.All(i => retryAt >= i.FiresAt + DigestSchedule.CatchUpWindow))
        {
            // The next try would come after the catch-up window: a digest that late is not sent at all.
            logger.LogWarning("Digest {Keys} still failing ({Reason}) and its {Hours} hours are up; giving up", string.Join(", ", keys), reason, DigestSchedule.CatchUpWindow.TotalHours);
            await deliveries.CloseDeliveriesAsync(keys, _claimant, DeliveryState.Failed, "gave up: " + reason, now, cancellationToken);
            report.Failed += keys.Count;
            return;
        }
        logger.LogInformation("Digest {Keys} failed ({Reason}); retrying at {RetryAt:u}{Check}", string.Join(", ", keys), reason, retryAt,
            mayHaveBeenSent ? ", after checking whether it arrived" : "");
        await deliveries.ReleaseDeliveriesAsync(keys, _claimant, retryAt, reason, mayHaveBeenSent, now, cancellationToken);
        report.Retrying += keys.Count;
    }

    private async Task FailAndPauseAsync(string platform, string conversationId, IReadOnlyList<DeliveryKey> keys, string reason, DateTimeOffset now, Counts report, CancellationToken cancellationToken)
    {
        logger.LogWarning("Digests to {Platform} conversation {Conversation} refused ({Reason}): its subscriptions are paused", platform, conversationId, reason);
        await deliveries.CloseDeliveriesAsync(keys, _claimant, DeliveryState.Failed, reason, now, cancellationToken);
        await subscriptionStore.SetSubscriptionsPausedAsync(platform, conversationId, paused: true, reason, cancellationToken);
        report.Failed += keys.Count;
    }

    /// <param name="MayHaveBeenSent">An earlier attempt got no answer: the message may already be in the conversation.</param>
    /// <param name="Companion">Not firing itself: riding along in another subscription's message (one message per conversation per day).</param>
    private sealed record Due(Subscription Subscription, DeliveryKey Key, DateTimeOffset FiresAt, int PreviousAttempts, bool MayHaveBeenSent, bool Companion);

    private sealed class Counts
    {
        public int Sent, Recovered, Quiet, Missed, Retrying, Failed;

        public DigestTickReport ToReport(DateTimeOffset now) => new(now, Sent, Recovered, Quiet, Missed, Retrying, Failed);
    }
}
