using System.Net;
using System.Text.Json;

namespace ResBot.Bot.Tests.Channels.Slack;

public sealed class SlackEventsTests : IDisposable
{
    private readonly FakeSlack slack = new();

    public void Dispose() => slack.Dispose();

    private static async Task DeliverAsync(SlackHost host, string body, int retry = 0)
    {
        var request = SlackSigner.Signed("/api/slack/events", body, SlackPayloads.Json);
        if (retry > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString());
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        var response = await host.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// Retries and ignored events are turned away before the acknowledgement; a direct message delivered after
    /// them and answered shows that work queued by them, if any, had its turn to reach Slack.
    /// </summary>
    private async Task SettleAsync(SlackHost host)
    {
        var before = slack.Count(FakeSlack.PostMessagePath);
        await DeliverAsync(host, SlackPayloads.DirectMessage($"Ev-marker-{Guid.NewGuid():N}", "help", user: "U-marker"));
        await slack.WaitForAsync(FakeSlack.PostMessagePath, before + 1);
    }

    private List<JsonElement> PostsIn(string channel) =>
        slack.Requests(FakeSlack.PostMessagePath)
            .Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement.Clone())
            .Where(p => p.GetProperty("channel").GetString() == channel)
            .ToList();

    [Fact]
    public async Task A_mention_is_answered_once_in_its_thread_even_when_slack_retries_across_a_restart()
    {
        var data = Directory.CreateTempSubdirectory("resbot-slack-restart-").FullName;
        var mention = SlackPayloads.Mention("Ev-restart", "What does resolution 38/4 ask member states to do?", ts: "1700000100.000100");

        using (var first = new SlackHost(slack, dataPath: data))
        {
            await DeliverAsync(first, mention);
            await slack.WaitForAsync(FakeSlack.PostMessagePath);
        }
        using (var second = new SlackHost(slack, dataPath: data))
        {
            await DeliverAsync(second, mention, retry: 1);
            await DeliverAsync(second, mention, retry: 2);
            await SettleAsync(second);
        }

        var answer = Assert.Single(PostsIn("C0001"));
        Assert.Equal("1700000100.000100", answer.GetProperty("thread_ts").GetString());
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5", answer.GetRawText());
        Assert.Equal("Bearer xoxb-configured-token", slack.Requests(FakeSlack.PostMessagePath)[0].RequestMessage.Headers!["Authorization"].Single());
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task A_mention_inside_a_thread_is_answered_in_that_thread()
    {
        using var host = new SlackHost(slack);

        await DeliverAsync(host, SlackPayloads.Mention("Ev-thread", "38/4 ¶6", ts: "1700000200.000300", threadTs: "1700000200.000100"));

        var answer = (await slack.WaitForAsync(FakeSlack.PostMessagePath)).Single();
        Assert.Equal("1700000200.000100", answer.GetProperty("thread_ts").GetString());
    }

    [Fact]
    public async Task A_direct_message_is_answered_in_the_conversation_in_its_language()
    {
        using var host = new SlackHost(slack);

        await DeliverAsync(host, SlackPayloads.DirectMessage("Ev-dm", "ماذا طلب القرار 38/4 من الدول الأعضاء؟"));

        var answer = (await slack.WaitForAsync(FakeSlack.PostMessagePath)).Single();
        Assert.Equal("D0001", answer.GetProperty("channel").GetString());
        Assert.False(answer.TryGetProperty("thread_ts", out _));
        Assert.Contains("يدعو الدول الأعضاء", answer.GetRawText());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task The_bot_ignores_bots_itself_and_edits_so_it_never_talks_to_itself()
    {
        using var host = new SlackHost(slack);

        await DeliverAsync(host, SlackPayloads.Mention("Ev-bot", "38/4 ¶6", botId: "B0001"));
        await DeliverAsync(host, SlackPayloads.DirectMessage("Ev-self", "38/4 ¶6", user: SlackPayloads.BotUserId));
        await DeliverAsync(host, SlackPayloads.DirectMessage("Ev-bot-dm", "38/4 ¶6", botId: "B0002"));
        await DeliverAsync(host, SlackPayloads.DirectMessage("Ev-edit", "38/4 ¶6", subtype: "message_changed"));
        await DeliverAsync(host, SlackPayloads.DirectMessage("Ev-join", "joined", subtype: "channel_join"));
        await SettleAsync(host);

        Assert.Empty(PostsIn("C0001"));
        Assert.Single(PostsIn("D0001"));
    }

    [Fact]
    public async Task A_post_refused_by_slack_is_logged_and_does_not_stop_later_answers()
    {
        slack.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(FakeSlack.PostMessagePath).UsingPost()
                .WithBody(new WireMock.Matchers.WildcardMatcher("*C-gone*")))
            .AtPriority(1)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBodyAsJson(new { ok = false, error = "channel_not_found" }));
        using var host = new SlackHost(slack);
        var gone = SlackPayloads.Mention("Ev-gone", "38/4 ¶6").Replace("\"C0001\"", "\"C-gone\"");

        await DeliverAsync(host, gone);
        await DeliverAsync(host, SlackPayloads.Mention("Ev-after", "38/4 ¶6"));

        Assert.Single(await WaitForChannelAsync("C0001"));
        Assert.Single(await WaitForChannelAsync("C-gone"));
    }

    private async Task<List<JsonElement>> WaitForChannelAsync(string channel)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (PostsIn(channel).Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        return PostsIn(channel);
    }
}
