using ResBot.Bot.Generative;
using System.Text.Json;
using ResBot.Bot.Slack.Answering;
using ResBot.Bot.Slack.Commands;
using ResBot.Bot.Slack.Delivery;
using ResBot.Bot.Slack.Security;
using ResBot.Bot.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Slack.Events;

/// <summary>
/// `POST /api/slack/events`: mentions and direct messages. Acknowledged at once; the answer is posted afterwards.
/// Each event id is recorded in storage before the answer is queued, so Slack's retries (and a restart between
/// a delivery and its retry) never produce a second answer.
/// </summary>
internal sealed class SlackEventsEndpoint(
    IBotStore store,
    SlackResponder responder,
    SlackWorkQueue queue,
    ISlackApiClient slack,
    TimeProvider time,
    ILogger<SlackEventsEndpoint> logger,
    IGenerativeUserContext users)
{
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
                await AcceptAsync(envelope, envelope.EventId!, http.RequestAborted);
                return Results.Ok();
            default:
                // Other envelopes (app_rate_limited …) need nothing but a 200.
                return Results.Ok();
        }
    }

    private async Task AcceptAsync(SlackEventEnvelope envelope, string eventId, CancellationToken cancellationToken)
    {
        if (SlackConversationMessage.From(envelope) is not { } message)
            return;
        if (!await store.TryRecordSlackEventAsync(eventId, time.GetUtcNow(), cancellationToken))
        {
            logger.LogInformation("Slack event {EventId} already handled: retry ignored", eventId);
            return;
        }
        queue.TryEnqueue(new SlackWork($"answer to Slack event {eventId}", ct => AnswerAsync(message, ct)));
    }

    private async Task AnswerAsync(SlackConversationMessage message, CancellationToken cancellationToken)
    {
        using var user = users.BeginUser(SlackUserKey.Of(message.TeamId, message.User));
        var command = SlackCommandParser.Parse(message.Text);
        var origin = new SlackOrigin(message.TeamId, message.Channel, message.User);
        var reply = await responder.TryReplyToCommandAsync(origin, command, cancellationToken)
                    ?? await responder.AnswerAsync(await responder.QuestionFromAsync(message.User, command.Text, cancellationToken), shareable: false, cancellationToken);
        await slack.PostMessageAsync(message.TeamId, message.Channel, reply.Blocks, reply.Text, message.ThreadTs, cancellationToken);
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
