using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ResBot.Bot.Slack.WebApi;
using ResBot.Bot.Storage;
using ResBot.Bot.Telemetry;

namespace ResBot.Bot.Slack.Delivery;

/// <summary>
/// The door of the inbound queue: an endpoint acknowledges Slack only once its work is committed here (a table
/// in the bot store, see <see cref="IBotStore.TryEnqueueInboundAsync"/>), so a full queue, a crash or a restart
/// loses nothing that was acknowledged. <see cref="SlackInboxWorker"/> on any replica answers it.
/// </summary>
internal sealed class SlackInbox(IBotStore store, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackInbox> logger)
{
    public const string EventKind = "slack.event";
    public const string CommandKind = "slack.command";
    public const string InteractionKind = "slack.interaction";

    private readonly SemaphoreSlim _wake = new(0);
    private readonly ConcurrentDictionary<Guid, Task> _held = new();

    /// <summary>Released whenever work was queued, so this replica's worker claims it without waiting for its next poll.</summary>
    public SemaphoreSlim Wake => _wake;

    /// <summary>Queues <paramref name="payload"/>; with <paramref name="slackEventId"/>, records the event as seen in the same step.</summary>
    public async Task<InboundEnqueueResult> EnqueueAsync<T>(string kind, T payload, string? slackEventId, CancellationToken cancellationToken)
    {
        var json = QueuedTrace.Attach(JsonSerializer.Serialize(payload, SlackJson.Options));
        var result = await store.TryEnqueueInboundAsync(kind, json, slackEventId, options.Value.InboxCapacity, time.GetUtcNow(), cancellationToken);
        if (result == InboundEnqueueResult.Queued)
            _wake.Release();
        else if (result == InboundEnqueueResult.Full)
            logger.LogWarning("Slack intake full ({Capacity} pending): {Kind} refused with 503", options.Value.InboxCapacity, kind);
        return result;
    }

    /// <summary>
    /// Keeps an answer this process already started (a slash command past its acknowledgement budget), so the
    /// worker that claims the queued work here sends it instead of computing it again.
    /// </summary>
    public void Hold(Guid token, Task answer) => _held[token] = answer;

    /// <summary>The answer held for <paramref name="token"/>, once; null on another replica or after a restart.</summary>
    public Task<T>? TakeHeld<T>(Guid token) => _held.TryRemove(token, out var answer) ? answer as Task<T> : null;

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
}
