using Microsoft.Extensions.Options;
using ResBot.Bot.Generative;
using ResBot.Bot.Slack.Answering;
using ResBot.Bot.Slack.Blocks;
using ResBot.Bot.Slack.Delivery;
using ResBot.Bot.Slack.Security;
using ResBot.Bot.Slack.WebApi;

namespace ResBot.Bot.Slack.Commands;

/// <summary>
/// `POST /api/slack/commands`: `/resbot …`. Slack wants an answer within 3 seconds, so the answer races a budget:
/// ready in time, it is the acknowledgement itself; otherwise the acknowledgement says "searching…" and the
/// answer follows through `response_url`.
/// </summary>
internal sealed class SlashCommandEndpoint(
    SlackResponder responder,
    SlackWorkQueue queue,
    ISlackApiClient slack,
    IOptions<SlackOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IGenerativeUserContext users)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        // Slack's 3 seconds run from the request's arrival, store reads included.
        var arrived = time.GetTimestamp();
        if (SlackRequestBody.Of(http) is not { } body || !SlashCommand.TryParse(body.Form, out var command))
            return Results.BadRequest();

        var cancellationToken = http.RequestAborted;
        var parsed = SlackCommandParser.Parse(command.Text);
        var origin = new SlackOrigin(command.TeamId, command.ChannelId, command.UserId);
        if (await responder.TryReplyToCommandAsync(origin, parsed, cancellationToken) is { } reply)
            return Acknowledge(reply);

        var request = await responder.QuestionFromAsync(command.UserId, parsed.Text, cancellationToken);
        // The answer belongs to the application, not to this HTTP request: it must survive the acknowledgement.
        Task<SlackMessage> answer;
        using (users.BeginUser(SlackUserKey.Of(command.TeamId, command.UserId)))
            answer = responder.AnswerAsync(request, shareable: true, lifetime.ApplicationStopping);
        var remaining = options.Value.AckBudget - time.GetElapsedTime(arrived);
        var budget = Task.Delay(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time, cancellationToken);
        if (await Task.WhenAny(answer, budget) == answer)
            return Acknowledge(await answer);

        queue.TryEnqueue(new SlackWork("slash command answer via response_url", async ct =>
            await slack.PostToResponseUrlAsync(command.ResponseUrl, SlackResponseMessage.Private(await answer), ct)));
        return Acknowledge(SlackResponder.Searching(request));
    }

    private static IResult Acknowledge(SlackMessage message) =>
        Results.Json(SlackResponseMessage.Private(message), SlackJson.Options);
}
