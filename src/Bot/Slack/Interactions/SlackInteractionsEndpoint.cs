using System.Text.Json;
using ResBot.Bot.Generative;
using ResBot.Bot.Slack.Answering;
using ResBot.Bot.Slack.Delivery;
using ResBot.Bot.Slack.Rendering;
using ResBot.Bot.Slack.Security;
using ResBot.Bot.Slack.WebApi;

namespace ResBot.Bot.Slack.Interactions;

/// <summary>
/// `POST /api/slack/interactions`: the answer buttons. Each button's value says how to produce an answer again
/// (<see cref="AnswerRequest"/>); "share" posts it to the channel, the others show it privately.
/// Acknowledged at once; the answer goes to the interaction's `response_url`.
/// </summary>
internal sealed class SlackInteractionsEndpoint(
    SlackResponder responder,
    SlackWorkQueue queue,
    ISlackApiClient slack,
    IGenerativeUserContext users,
    ILogger<SlackInteractionsEndpoint> logger)
{
    public IResult Handle(HttpContext http)
    {
        if (SlackRequestBody.Of(http) is not { } body || Read(body) is not { } payload)
            return Results.BadRequest();
        if (payload.Type != SlackInteractionPayload.BlockActions)
            return Results.Ok();

        if (!Uri.TryCreate(payload.ResponseUrl, UriKind.Absolute, out var responseUrl))
        {
            logger.LogInformation("Slack interaction without a response_url ignored");
            return Results.Ok();
        }
        foreach (var action in payload.Actions ?? [])
        {
            var verb = action.ActionId?.Split('#')[0];
            if (verb is not (SlackAnswerRenderer.ShareAction or SlackAnswerRenderer.ShowAction) || AnswerRequest.FromValue(action.Value) is not { } request)
                continue;
            var share = verb == SlackAnswerRenderer.ShareAction;
            var userKey = SlackUserKey.Of(payload.Team?.Id, payload.User?.Id);
            queue.TryEnqueue(new SlackWork($"Slack button {verb}", async ct =>
            {
                using var user = users.BeginUser(userKey);
                var message = await responder.AnswerAsync(request, shareable: !share, ct);
                var response = (share ? SlackResponseMessage.Public(message) : SlackResponseMessage.Private(message)) with { ReplaceOriginal = false };
                await slack.PostToResponseUrlAsync(responseUrl, response, ct);
            }));
        }
        return Results.Ok();
    }

    private static SlackInteractionPayload? Read(SlackRequestBody body)
    {
        if (!body.Form.TryGetValue("payload", out var payload) || payload.Count != 1 || string.IsNullOrWhiteSpace(payload[0]))
            return null;
        try
        {
            return JsonSerializer.Deserialize<SlackInteractionPayload>(payload[0]!, SlackJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
