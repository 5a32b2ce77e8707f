using System.Text.Json;
using Microsoft.Extensions.Options;
using ResBot.Bot.Slack.Answering;
using ResBot.Bot.Slack.Blocks;
using ResBot.Bot.Slack.Delivery;
using ResBot.Bot.Slack.Security;
using ResBot.Bot.Slack.WebApi;

namespace ResBot.Bot.Slack.Commands;

/// <summary>
/// `POST /api/slack/commands`: `/resbot …`. Slack wants an answer within 3 seconds, so the answer races a budget:
/// ready in time, it is the acknowledgement itself; otherwise the acknowledgement says "searching…" and the
/// answer follows through `response_url`, queued in the store before "searching…" is sent (503 when the queue
/// cannot take it, so the user is told at once rather than never answered).
/// </summary>
internal sealed class SlashCommandEndpoint(
    SlackConversation conversation,
    SlackInbox inbox,
    ISlackApiClient slack,
    IOptions<SlackOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime) : ISlackInboundHandler
{
    public string Kind => SlackInbox.CommandKind;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        // Slack's 3 seconds run from the request's arrival, store reads included.
        var arrived = time.GetTimestamp();
        if (SlackRequestBody.Of(http) is not { } body || !SlashCommand.TryParse(body.Form, out var command))
            return Results.BadRequest();

        var cancellationToken = http.RequestAborted;
        var turn = SlackTurns.Command(command.TeamId, command.ChannelId, command.UserId, command.Text);
        // The answer belongs to the application, not to this HTTP request: it must survive the acknowledgement.
        var answer = conversation.ReplyAsync(turn, shareable: true, lifetime.ApplicationStopping);
        var remaining = options.Value.AckBudget - time.GetElapsedTime(arrived);
        var budget = Task.Delay(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time, cancellationToken);
        if (await Task.WhenAny(answer, budget) == answer)
            return Acknowledge(await answer);

        var work = new SlashCommandWork(command.ResponseUrl.ToString(), command.Text, command.TeamId, command.ChannelId, command.UserId, Guid.NewGuid());
        inbox.Hold(work.Token, answer);
        if (await inbox.EnqueueAsync(Kind, work, slackEventId: null, cancellationToken) != Storage.InboundEnqueueResult.Queued)
        {
            _ = inbox.TakeHeld<SlackMessage>(work.Token);
            return SlackInbox.Unavailable(http);
        }
        return Acknowledge(SlackReplies.Searching(turn));
    }

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var work = JsonSerializer.Deserialize<SlashCommandWork>(payload, SlackJson.Options)
                   ?? throw new InvalidOperationException("empty slash command payload");
        var answer = inbox.TakeHeld<SlackMessage>(work.Token);
        if (answer is null)
        {
            // Another replica, or a restart: answer again from what the user typed.
            answer = conversation.ReplyAsync(SlackTurns.Command(work.TeamId, work.ChannelId, work.UserId, work.Text), shareable: true, cancellationToken);
        }
        await slack.PostToResponseUrlAsync(new Uri(work.ResponseUrl), SlackResponseMessage.Private(await answer), cancellationToken);
    }

    private static IResult Acknowledge(SlackMessage message) =>
        Results.Json(SlackResponseMessage.Private(message), SlackJson.Options);
}
