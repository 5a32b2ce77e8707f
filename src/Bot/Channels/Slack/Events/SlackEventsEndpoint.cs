using System.Text.Json;
using ResBot.Bot.Channels.Slack.Answering;
using ResBot.Bot.Channels.Slack.Assistant;
using ResBot.Bot.Channels.Slack.Delivery;
using ResBot.Bot.Channels.Slack.Security;
using ResBot.Bot.Channels.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Channels.Slack.Events;

/// <summary>
/// `POST /api/slack/events`: mentions, direct messages and the assistant container's threads. Acknowledged once queued in the store, with the event id
/// recorded in the same transaction, so Slack's retries (and a restart between a delivery and its retry) never
/// produce a second answer, and an event the queue cannot take is refused (503) for Slack to deliver again.
/// </summary>
internal sealed class SlackEventsEndpoint(
    SlackConversation conversation,
    SlackInbox inbox,
    ISlackApiClient slack,
    SlackAssistantThreads assistantThreads,
    ILogger<SlackEventsEndpoint> logger) : ISlackInboundHandler
{
    public string Kind => SlackInbox.EventKind;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        if (SlackRequestBody.Of(http) is not { } body || Read(body) is not { } envelope)
            return Results.BadRequest();

        switch (envelope.Type)
        {
            case SlackEventEnvelope.UrlVerification when !string.IsNullOrEmpty(envelope.Challenge):
                return Results.Json(new { challenge = envelope.Challenge });
            case SlackEventEnvelope.UrlVerification:
                return Results.BadRequest();
            case SlackEventEnvelope.EventCallback when string.IsNullOrEmpty(envelope.EventId) || envelope.Event is null:
                return Results.BadRequest();
            case SlackEventEnvelope.EventCallback:
                return await AcceptAsync(envelope, envelope.EventId!, http.RequestAborted) == InboundEnqueueResult.Full
                    ? SlackInbox.Unavailable(http)
                    : Results.Ok();
            default:
                // Other envelopes (app_rate_limited …) need nothing but a 200.
                return Results.Ok();
        }
    }

    private async Task<InboundEnqueueResult?> AcceptAsync(SlackEventEnvelope envelope, string eventId, CancellationToken cancellationToken)
    {
        // assistant_thread_context_changed is acknowledged and dropped: answers come from the corpus, never from the
        // channel the user is viewing, so where they browse is not ResBot's to keep.
        InboundItem item;
        if (SlackAssistantThreadWork.Started(envelope) is { } thread)
            item = SlackInbox.Item(SlackAssistantHandler.AssistantKind, thread, eventId);
        else if (SlackConversationMessage.From(envelope) is { } message)
            item = SlackInbox.Item(Kind, message, eventId);
        else
            return null;
        var result = (await inbox.EnqueueAsync([item], cancellationToken)).Result;
        if (result == InboundEnqueueResult.Duplicate)
            logger.LogInformation("Slack event {EventId} already queued: retry ignored", eventId);
        return result;
    }

    public async Task HandleAsync(InboundWork queued, CancellationToken cancellationToken)
    {
        var payload = queued.Payload;
        var message = JsonSerializer.Deserialize<SlackConversationMessage>(payload, SlackJson.Options)
                      ?? throw new InvalidOperationException("empty Slack event payload");
        var turn = SlackTurns.Message(message);
        // In an assistant thread the question becomes the thread's title and "searching…" its status until the answer.
        var reply = await conversation.ReplyAsync(turn, shareable: false, feedbackIn: message.Channel, async () =>
        {
            await assistantThreads.ShowSearchingAsync(message, turn.Text, turn.Locale, cancellationToken);
            return null;
        }, cancellationToken);
        // The answer is ready: sent to the end even when the host is stopping, since a post cut short is one nobody can
        // tell was made. A retry of this work reads the conversation back before posting (the message carries the work's id).
        var key = new SlackDeliveryKey([$"inbound-{queued.Id}"], queued.ReceivedAt.AddMinutes(-1), MayHaveBeenPosted: queued.Attempts > 1);
        var posted = await slack.PostMessageOnceAsync(message.TeamId, message.Channel, reply.Blocks, reply.Text, message.ThreadTs, key, CancellationToken.None);
        SlackDelivery.ThrowIfRetryable(posted, "chat.postMessage", retryChecksFirst: true);
    }

    private static SlackEventEnvelope? Read(SlackRequestBody body)
    {
        try
        {
            return JsonSerializer.Deserialize<SlackEventEnvelope>(body.Bytes.Span, SlackJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
