using System.Text.Json;
using ResBot.Bot.Conversations;
using ResBot.Bot.Feedback;
using ResBot.Bot.Channels.Slack.Answering;
using ResBot.Bot.Channels.Slack.Delivery;
using ResBot.Bot.Channels.Slack.Rendering;
using ResBot.Bot.Channels.Slack.Security;
using ResBot.Bot.Channels.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Channels.Slack.Interactions;

/// <summary>
/// `POST /api/slack/interactions`: the answer buttons. Each button's value is a <see cref="ConversationAction"/>,
/// the same vocabulary as Teams' buttons; "share" posts its answer to the channel, the others show it privately.
/// Acknowledged once queued in the store, one row per button (503 when the queue cannot take them); the answers go to
/// the interaction's `response_url`.
/// </summary>
internal sealed class SlackInteractionsEndpoint(
    SlackConversation conversation,
    SlackInbox inbox,
    ISlackApiClient slack,
    FeedbackRecorder feedback,
    ILogger<SlackInteractionsEndpoint> logger) : ISlackInboundHandler
{
    public string Kind => SlackInbox.InteractionKind;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        if (SlackRequestBody.Of(http) is not { } body || Read(body) is not { } payload)
            return Results.BadRequest();
        if (payload.Type != SlackInteractionPayload.BlockActions)
            return Results.Ok();

        // A thumbs press is stored before Slack is acknowledged; it needs no answer (nor a response_url), so it is not queued.
        await RecordFeedbackAsync(payload, http.RequestAborted);
        if (!Uri.TryCreate(payload.ResponseUrl, UriKind.Absolute, out var responseUrl) || responseUrl.Scheme is not ("https" or "http"))
        {
            // Nothing can be answered without it: say so, since the user pressed a button and will see nothing.
            logger.LogWarning("Slack interaction from team {TeamId} dropped: {Reason}", payload.Team?.Id,
                string.IsNullOrEmpty(payload.ResponseUrl) ? "it has no response_url" : "its response_url is not an http(s) URL");
            return Results.Ok();
        }
        // One row per pressed button, each with its own idempotency key: a failure answering one retries that one only.
        var items = new List<InboundItem>();
        foreach (var action in payload.Actions ?? [])
        {
            var verb = action.ActionId?.Split('#')[0];
            if (verb is not (SlackAnswerRenderer.ShareAction or SlackAnswerRenderer.ShowAction) || ConversationAction.FromValue(action.Value) is not { } pressed)
                continue;
            var button = new SlackInteractionWork(responseUrl.ToString(), payload.Team?.Id, payload.Channel?.Id, payload.User?.Id,
                [new SlackButtonWork(verb == SlackAnswerRenderer.ShareAction, pressed.ToValue())]);
            items.Add(SlackInbox.Item(Kind, button, IdempotencyKey(payload, action)));
        }
        if (items.Count == 0)
            return Results.Ok();
        return (await inbox.EnqueueAsync(items, http.RequestAborted)).Result == InboundEnqueueResult.Full
            ? SlackInbox.Unavailable(http)
            : Results.Ok();
    }

    /// <summary>
    /// One press of one button: Slack gives each interaction its own trigger_id and each action its action_ts. Without
    /// them (an older or hand-made payload) the press cannot be told from another, and is not deduplicated.
    /// </summary>
    private static string? IdempotencyKey(SlackInteractionPayload payload, SlackInteractionPayload.Action action) =>
        string.IsNullOrEmpty(payload.TriggerId) || string.IsNullOrEmpty(action.ActionTs)
            ? null
            : $"interaction:{payload.Team?.Id}:{payload.TriggerId}:{action.ActionId}:{action.ActionTs}";

    public async Task HandleAsync(InboundWork queued, CancellationToken cancellationToken)
    {
        var payload = queued.Payload;
        var work = JsonSerializer.Deserialize<SlackInteractionWork>(payload, SlackJson.Options)
                   ?? throw new InvalidOperationException("empty Slack interaction payload");
        foreach (var button in work.Buttons)
        {
            var action = ConversationAction.FromValue(button.Action) ?? throw new InvalidOperationException("unreadable queued button action");
            var message = await conversation.ReplyAsync(SlackTurns.Press(work.TeamId, work.ChannelId, work.UserId, action), shareable: !button.Share,
                feedbackIn: null, working: null, cancellationToken);
            var response = (button.Share ? SlackResponseMessage.Public(message) : SlackResponseMessage.Private(message)) with { ReplaceOriginal = false };
            // Sent to the end even when the host is stopping: a post cut short is one nobody can tell was made.
            SlackDelivery.ThrowIfRetryable(await slack.PostToResponseUrlAsync(new Uri(work.ResponseUrl), response, CancellationToken.None), "response_url");
        }
    }

    private async Task RecordFeedbackAsync(SlackInteractionPayload payload, CancellationToken cancellationToken)
    {
        if (payload.Channel?.Id is not { Length: > 0 } channel || payload.User?.Id is not { Length: > 0 } user)
            return;
        foreach (var action in payload.Actions ?? [])
        {
            if (SlackFeedbackButtons.TryRead(action.ActionId, action.Value, out var reaction, out var key))
                await feedback.RecordAsync(Platform.Slack.Id, channel, key, user, reaction, comment: null, cancellationToken);
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
