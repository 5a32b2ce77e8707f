using System.Text.Json;
using Microsoft.Extensions.Options;
using ResBot.Bot.Channels.Slack.Answering;
using ResBot.Bot.Channels.Slack.Blocks;
using ResBot.Bot.Channels.Slack.Delivery;
using ResBot.Bot.Channels.Slack.Security;
using ResBot.Bot.Channels.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Channels.Slack.Commands;

/// <summary>
/// `POST /api/slack/commands`: `/resbot …`. Slack wants an answer within 3 seconds, so the answer races a budget:
/// ready in time, it is the acknowledgement itself; otherwise the acknowledgement says "searching…" and the
/// answer follows through `response_url`. The work is queued in the store before the race, so nothing acknowledged
/// depends on this process surviving (503 when the queue cannot take it, so the user is told at once rather than never answered).
/// </summary>
internal sealed class SlashCommandEndpoint(
    SlackConversation conversation,
    SlackInbox inbox,
    IInboundQueue store,
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
        var answer = conversation.ReplyAsync(turn, shareable: true, feedbackIn: command.ChannelId, working: null, lifetime.ApplicationStopping);

        // Queued before anything is acknowledged, held by this request until its budget ends: no worker starts it
        // while the answer may still be sent inline, and if this process dies inside the budget the hold runs out
        // and another worker answers it.
        var budgetEnds = time.GetUtcNow() + (options.Value.AckBudget - time.GetElapsedTime(arrived));
        var work = new SlashCommandWork(command.ResponseUrl.ToString(), command.Text, command.TeamId, command.ChannelId, command.UserId, Guid.NewGuid());
        var queued = await inbox.EnqueueAsync([SlackInbox.Item(Kind, work, heldBy: new InboundHold(inbox.Claimant, budgetEnds))], cancellationToken);
        if (queued.Result != InboundEnqueueResult.Queued)
            return SlackInbox.Unavailable(http);

        var remaining = budgetEnds - time.GetUtcNow();
        var budget = Task.Delay(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time, cancellationToken);
        if (await Task.WhenAny(answer, budget) == answer && answer.IsCompletedSuccessfully
            && await TryWithdrawAsync(queued.Ids[0]))
            return Acknowledge(await answer);

        inbox.Hold(work.Token, answer);
        inbox.Wake.Release();
        return Acknowledge(SlackReplies.Searching(turn));
    }

    /// <summary>
    /// Takes back queued work this request answers inline. False when its hold already ran out and a worker may have
    /// claimed it, or the store cannot say: the worker answers then, and the acknowledgement only says "searching…".
    /// </summary>
    private async Task<bool> TryWithdrawAsync(long id)
    {
        try
        {
            return await store.CompleteInboundAsync(id, inbox.Claimant, attempt: 0, time.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception exception) when (StorageFaults.IsStorageFault(exception))
        {
            return false;
        }
    }

    public async Task HandleAsync(InboundWork queued, CancellationToken cancellationToken)
    {
        var payload = queued.Payload;
        var work = JsonSerializer.Deserialize<SlashCommandWork>(payload, SlackJson.Options)
                   ?? throw new InvalidOperationException("empty slash command payload");
        var answer = inbox.TakeHeld<SlackMessage>(work.Token);
        if (answer is null)
        {
            // Another replica, or a restart: answer again from what the user typed.
            answer = conversation.ReplyAsync(SlackTurns.Command(work.TeamId, work.ChannelId, work.UserId, work.Text), shareable: true,
                feedbackIn: work.ChannelId, working: null, cancellationToken);
        }
        // Sent to the end even when the host is stopping: a post cut short is one nobody can tell was made.
        var posted = await slack.PostToResponseUrlAsync(new Uri(work.ResponseUrl), SlackResponseMessage.Private(await answer), CancellationToken.None);
        SlackDelivery.ThrowIfRetryable(posted, "response_url");
    }

    private static IResult Acknowledge(SlackMessage message) =>
        Results.Json(SlackResponseMessage.Private(message), SlackJson.Options);
}
