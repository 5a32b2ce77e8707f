using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ResBot.Bot.Channels.Slack.WebApi;
using ResBot.Bot.Storage;
using ResBot.Bot.Telemetry;

namespace ResBot.Bot.Channels.Slack.Delivery;

/// <summary>
/// The door of the inbound queue: an endpoint acknowledges Slack only once its work is committed here (a table
/// in the bot store, see <see cref="IInboundQueue.TryEnqueueInboundAsync"/>), so a full queue, a crash or a restart
/// loses nothing that was acknowledged. <see cref="SlackInboxWorker"/> on any replica answers it.
/// </summary>
internal sealed class SlackInbox(IInboundQueue store, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackInbox> logger)
{
    public const string EventKind = "slack.event";
    public const string CommandKind = "slack.command";
    public const string InteractionKind = "slack.interaction";

    /// <summary>
    /// How many answers this process keeps for its worker at once. Each is one slash command past its budget, picked up
    /// within a poll; beyond this (a stalled worker) the worker computes the answer again rather than memory growing.
    /// </summary>
    public const int MaxHeld = 1024;

    private readonly SemaphoreSlim _wake = new(0);
    private readonly ConcurrentDictionary<Guid, HeldAnswer> _held = new();

    /// <summary>Released whenever work was queued, so this replica's worker claims it without waiting for its next poll.</summary>
    public SemaphoreSlim Wake => _wake;

    /// <summary>Who holds work this process's endpoints queued while still answering it inline (<see cref="InboundItem.HeldBy"/>).</summary>
    public string Claimant { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:intake:{Guid.NewGuid():N}";

    /// <summary>Answers held for the worker right now (for the tests and diagnostics).</summary>
    public int HeldCount => _held.Count;

    /// <summary>One item of work for <see cref="EnqueueAsync"/>, its payload serialized as the handler reads it.</summary>
    public static InboundItem Item<T>(string kind, T payload, string? idempotencyKey = null, InboundHold? heldBy = null) =>
        new(kind, QueuedTrace.Attach(JsonSerializer.Serialize(payload, SlackJson.Options)), idempotencyKey, heldBy);

    /// <summary>Queues <paramref name="items"/> in one step; a key already recorded makes its item a duplicate.</summary>
    public async Task<InboundEnqueued> EnqueueAsync(IReadOnlyList<InboundItem> items, CancellationToken cancellationToken)
    {
        var result = await store.TryEnqueueInboundAsync(items, options.Value.InboxCapacity, time.GetUtcNow(), cancellationToken);
        if (result.Result == InboundEnqueueResult.Queued)
            _wake.Release();
        else if (result.Result == InboundEnqueueResult.Full)
            logger.LogWarning("Slack intake full ({Capacity} pending): {Kind} refused with 503", options.Value.InboxCapacity, items[0].Kind);
        return result;
    }

    /// <summary>
    /// Keeps an answer this process already started (a slash command past its acknowledgement budget), so the
    /// worker that claims the queued work here sends it instead of computing it again. Kept for one lease at most
    /// (after that another replica may have answered), and never more than <see cref="MaxHeld"/> at once.
    /// </summary>
    public void Hold(Guid token, Task answer)
    {
        var now = time.GetUtcNow();
        foreach (var (key, held) in _held)
            if (held.Until <= now)
                _held.TryRemove(key, out _);
        if (_held.Count >= MaxHeld)
        {
            logger.LogWarning("{Count} answers already held for the Slack worker: this one will be computed again when its work is claimed", _held.Count);
            return;
        }
        _held[token] = new HeldAnswer(answer, now + options.Value.InboxLease);
    }

    /// <summary>The answer held for <paramref name="token"/>, once; null on another replica, after a restart, or once it expired.</summary>
    public Task<T>? TakeHeld<T>(Guid token) =>
        _held.TryRemove(token, out var held) && held.Until > time.GetUtcNow() ? held.Answer as Task<T> : null;

    /// <summary>
    /// The answer to Slack when the queue cannot take the work: non-2xx and nothing recorded. Slack redelivers an event
    /// callback that was not acknowledged (X-Slack-Retry-Num, up to 3 times); a slash command or button press is not
    /// redelivered, and its user sees the failure and can send it again.
    /// </summary>
    public static IResult Unavailable(HttpContext http)
    {
        StorageFaults.WriteUnavailable(http.Response);
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private sealed record HeldAnswer(Task Answer, DateTimeOffset Until);
}
