using System.Text.Json;
using ResBot.Bot.Conversations;
using ResBot.Bot.Slack.Answering;
using ResBot.Bot.Slack.Delivery;
using ResBot.Bot.Slack.Rendering;
using ResBot.Bot.Slack.Security;
using ResBot.Bot.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Slack.Interactions;

/// <summary>
/// `POST /api/slack/interactions`: the answer buttons. Each button's value is a <see cref="ConversationAction"/>,
/// the same vocabulary as Teams' buttons; "share" posts its answer to the channel, the others show it privately.
/// Acknowledged once queued in the store (503 when the queue cannot take it); the answers go to the interaction's `response_url`.
/// </summary>
internal sealed class SlackInteractionsEndpoint(
    SlackConversation conversation,
    SlackInbox inbox,
    ISlackApiClient slack,
    ILogger<SlackInteractionsEndpoint> logger) : ISlackInboundHandler
{
    public string Kind => SlackInbox.InteractionKind;

    public async Task<IResult> HandleAsync(HttpContext http)
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
        var buttons = new List<SlackButtonWork>();
        foreach (var action in payload.Actions ?? [])
        {
            var verb = action.ActionId?.Split('#')[0];
            if (verb is not (SlackAnswerRenderer.ShareAction or SlackAnswerRenderer.ShowAction) || ConversationAction.FromValue(action.Value) is not { } pressed)
                continue;
            buttons.Add(new SlackButtonWork(verb == SlackAnswerRenderer.ShareAction, pressed.ToValue()));
        }
        if (buttons.Count == 0)
            return Results.Ok();
        var work = new SlackInteractionWork(responseUrl.ToString(), payload.Team?.Id, payload.Channel?.Id, payload.User?.Id, buttons);
        return await inbox.EnqueueAsync(Kind, work, slackEventId: null, http.RequestAborted) == InboundEnqueueResult.Queued
            ? Results.Ok()
            : SlackInbox.Unavailable(http);
    }

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var work = JsonSerializer.Deserialize<SlackInteractionWork>(payload, SlackJson.Options)
                   ?? throw new InvalidOperationException("empty Slack interaction payload");
        foreach (var button in work.Buttons)
        {
            var action = ConversationAction.FromValue(button.Action) ?? throw new InvalidOperationException("unreadable queued button action");
            var message = await conversation.ReplyAsync(SlackTurns.Press(work.TeamId, work.ChannelId, work.UserId, action), shareable: !button.Share, cancellationToken);
            var response = (button.Share ? SlackResponseMessage.Public(message) : SlackResponseMessage.Private(message)) with { ReplaceOriginal = false };
            await slack.PostToResponseUrlAsync(new Uri(work.ResponseUrl), response, cancellationToken);
        }
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
