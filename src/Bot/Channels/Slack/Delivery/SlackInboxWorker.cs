using Microsoft.Extensions.Options;
using ResBot.Bot.Storage;
using ResBot.Bot.Telemetry;

namespace ResBot.Bot.Channels.Slack.Delivery;

/// <summary>
/// Answers the inbound queue: claims pending work with a lease (whichever replica is free), runs its handler a few
/// at a time, renews the lease while the handler works (so a slow answer is never claimed and sent a second time), and
/// marks it done once the answer was sent. Work whose handler throws comes back after a delay, up to
/// <see cref="MaxAttempts"/>; work held by a replica that died comes back when its lease runs out. A claim that was lost
/// anyway (the store was unreachable for a whole lease) stops its handler and touches the row no more.
/// On shutdown, work already started finishes (or is given back at once if cancelled).
/// </summary>
internal sealed class SlackInboxWorker(
    IInboundQueue store,
    SlackInbox inbox,
    IEnumerable<ISlackInboundHandler> handlers,
    IOptions<SlackOptions> options,
    StorageFaults faults,
    TimeProvider time,
    ILogger<SlackInboxWorker> logger) : BackgroundService
{
    private const int MaxAttempts = 5;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private readonly string _claimant = $"{Environment.MachineName}:{Environment.ProcessId}:worker:{Guid.NewGuid():N}";
    private readonly Dictionary<string, ISlackInboundHandler> _handlers = handlers.ToDictionary(h => h.Kind);
    private readonly HashSet<Task> _running = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var concurrency = options.Value.InboxConcurrency;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                int free;
                lock (_running)
                    free = concurrency - _running.Count;
                var claimed = free > 0 ? await ClaimAsync(free, stoppingToken) : [];
                foreach (var work in claimed)
                    Start(work, stoppingToken);
                if (claimed.Count == 0 || claimed.Count == free)
                    await inbox.Wake.WaitAsync(PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        Task[] pending;
        lock (_running)
            pending = [.. _running];
        await Task.WhenAll(pending);
    }

    private async Task<IReadOnlyList<InboundWork>> ClaimAsync(int max, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        try
        {
            return await store.ClaimInboundAsync(_claimant, max, now, now + options.Value.InboxLease, stoppingToken);
        }
        catch (Exception exception) when (StorageFaults.IsStorageFault(exception))
        {
            faults.Report(exception);
            logger.LogWarning("Could not claim Slack work: {Reason}; trying again shortly", exception.Message);
            return [];
        }
    }

    private void Start(InboundWork work, CancellationToken stoppingToken)
    {
        var task = RunAsync(work, stoppingToken);
        lock (_running)
            _running.Add(task);
        _ = task.ContinueWith(t =>
        {
            lock (_running)
                _running.Remove(t);
            inbox.Wake.Release();
        }, TaskScheduler.Default);
    }

    private async Task RunAsync(InboundWork work, CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var lost = new CancellationTokenSource();
        using var handling = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lost.Token);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = RenewWhileRunningAsync(work, lost, heartbeatStop.Token);
        bool answered;
        try
        {
            answered = await TryHandleAsync(work, handling.Token, stoppingToken, lost.Token);
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
        if (!answered)
            return;
        try
        {
            if (!await store.CompleteInboundAsync(work.Id, _claimant, work.Attempts, time.GetUtcNow(), CancellationToken.None))
                logger.LogWarning("Slack work {Id} answered after its claim was lost: it may be answered again", work.Id);
        }
        catch (Exception exception) when (StorageFaults.IsStorageFault(exception))
        {
            // The answer was sent: giving the work back would send it again. Only the lease's end can.
            faults.Report(exception);
            logger.LogWarning("Slack work {Id} answered but not marked done: {Reason}", work.Id, exception.Message);
        }
    }

    /// <summary>
    /// Renews the lease at a third of its length while the handler runs. Renewal refused (another claim holds the row)
    /// or impossible until the lease ran out: the handler is cancelled, since another worker may be answering it now.
    /// </summary>
    private async Task RenewWhileRunningAsync(InboundWork work, CancellationTokenSource lost, CancellationToken stop)
    {
        var lease = options.Value.InboxLease;
        var heldUntil = time.GetUtcNow() + lease;
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, time, stop);
                var now = time.GetUtcNow();
                bool held;
                try
                {
                    held = await store.RenewInboundAsync(work.Id, _claimant, work.Attempts, now + lease, now, stop);
                }
                catch (Exception exception) when (StorageFaults.IsStorageFault(exception))
                {
                    faults.Report(exception);
                    held = now + lease / 3 < heldUntil;
                    if (held)
                        continue;
                }
                if (!held)
                {
                    logger.LogWarning("Slack work {Id} lost its claim while being answered: stopped", work.Id);
                    await lost.CancelAsync();
                    return;
                }
                heldUntil = now + lease;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> TryHandleAsync(InboundWork work, CancellationToken handling, CancellationToken stoppingToken, CancellationToken lost)
    {
        using var span = QueuedTrace.StartWork(work.Kind, work.Payload, work.Attempts);
        try
        {
            if (!_handlers.TryGetValue(work.Kind, out var handler))
                throw new InvalidOperationException($"no handler for inbound work of kind {work.Kind}");
            await handler.HandleAsync(work, handling);
            return true;
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            // Not ours any more: whoever holds it now answers it.
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Slack work {Id} ({Kind}) interrupted by shutdown; given back to be answered after the restart", work.Id, work.Kind);
            await TryReleaseAsync(work, time.GetUtcNow(), "interrupted by shutdown", giveUp: false);
        }
        catch (Exception exception)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, exception.GetType().Name);
            var giveUp = work.Attempts >= MaxAttempts;
            var delay = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, work.Attempts)));
            logger.LogError(exception, "Slack work {Id} ({Kind}) failed on attempt {Attempt}; {Next}", work.Id, work.Kind, work.Attempts,
                giveUp ? "given up" : $"retried in {delay.TotalSeconds:0} s");
            await TryReleaseAsync(work, time.GetUtcNow() + delay, exception.GetType().Name + ": " + exception.Message, giveUp);
        }
        return false;
    }

    private async Task TryReleaseAsync(InboundWork work, DateTimeOffset retryAt, string error, bool giveUp)
    {
        try
        {
            if (!await store.ReleaseInboundAsync(work.Id, _claimant, work.Attempts, retryAt, error, giveUp, time.GetUtcNow(), CancellationToken.None))
                logger.LogInformation("Slack work {Id} was claimed by another worker meanwhile: left to it", work.Id);
        }
        catch (Exception exception) when (StorageFaults.IsStorageFault(exception))
        {
            // The lease still runs out: the work comes back then.
            faults.Report(exception);
            logger.LogWarning("Could not give back Slack work {Id}: {Reason}; it returns when its lease expires", work.Id, exception.Message);
        }
    }
}
