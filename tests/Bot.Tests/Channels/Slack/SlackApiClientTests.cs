using Microsoft.Extensions.DependencyInjection;
using ResBot.Bot.Channels.Slack.Blocks;
using ResBot.Bot.Channels.Slack.WebApi;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ResBot.Bot.Tests.Channels.Slack;

public sealed class SlackApiClientTests : IDisposable
{
    private readonly FakeSlack slack = new();

    public void Dispose() => slack.Dispose();

    private static ISlackApiClient Client(SlackHost host) => host.Services.GetRequiredService<ISlackApiClient>();

    private static readonly IReadOnlyList<Block> Blocks = [new SectionBlock(TextObject.Markdown("Hello"))];

    private void PostMessageAnswers(object body) =>
        slack.Server.Given(Request.Create().WithPath(FakeSlack.PostMessagePath).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(body));

    [Fact]
    public async Task A_429_is_retried_after_the_time_slack_asks_and_then_succeeds()
    {
        slack.Server.Given(Request.Create().WithPath(FakeSlack.PostMessagePath).UsingPost()).AtPriority(1)
            .InScenario("rate limit").WillSetStateTo("waited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        slack.Server.Given(Request.Create().WithPath(FakeSlack.PostMessagePath).UsingPost()).AtPriority(1)
            .InScenario("rate limit").WhenStateIs("waited")
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { ok = true, ts = "1700000000.000900" }));
        using var host = new SlackHost(slack);

        var result = await Client(host).PostMessageAsync(SlackPayloads.TeamId, "C0001", Blocks, "Hello");

        Assert.True(result.Ok);
        Assert.Equal("1700000000.000900", result.Ts);
        var attempts = slack.Requests(FakeSlack.PostMessagePath);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].RequestMessage.DateTime - attempts[0].RequestMessage.DateTime >= TimeSpan.FromSeconds(0.9),
            "the retry came before Retry-After elapsed");
        Assert.Equal(attempts[0].RequestMessage.Body, attempts[1].RequestMessage.Body);
    }

    [Fact]
    public async Task Slack_still_rate_limiting_after_the_retries_is_reported_as_rate_limited()
    {
        slack.Server.Given(Request.Create().WithPath(FakeSlack.PostMessagePath).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0"));
        using var host = new SlackHost(slack);

        var result = await Client(host).PostMessageAsync(SlackPayloads.TeamId, "C0001", Blocks, "Hello");

        Assert.Equal(SlackApiError.RateLimited, result.Error);
        Assert.Equal(4, slack.Count(FakeSlack.PostMessagePath));
    }

    [Theory]
    [InlineData("channel_not_found", SlackApiError.ChannelNotFound)]
    [InlineData("not_in_channel", SlackApiError.NotInChannel)]
    [InlineData("invalid_auth", SlackApiError.InvalidAuth)]
    [InlineData("token_revoked", SlackApiError.InvalidAuth)]
    [InlineData("is_archived", SlackApiError.IsArchived)]
    [InlineData("invalid_blocks", SlackApiError.InvalidMessage)]
    [InlineData("something_new", SlackApiError.Other)]
    public async Task An_ok_false_answer_comes_back_as_a_typed_error_with_slacks_code(string code, SlackApiError expected)
    {
        PostMessageAnswers(new { ok = false, error = code });
        using var host = new SlackHost(slack);

        var result = await Client(host).PostMessageAsync(SlackPayloads.TeamId, "C0001", Blocks, "Hello");

        Assert.False(result.Ok);
        Assert.Equal(expected, result.Error);
        Assert.Equal(code, result.ErrorCode);
    }

    [Fact]
    public async Task Without_any_token_nothing_is_sent_and_the_caller_is_told()
    {
        using var host = new SlackHost(slack, settings: new Dictionary<string, string> { ["Slack:BotToken"] = "" });

        var result = await Client(host).PostMessageAsync(SlackPayloads.TeamId, "C0001", Blocks, "Hello");

        Assert.Equal(SlackApiError.NoToken, result.Error);
        Assert.Equal(0, slack.Count(FakeSlack.PostMessagePath));
    }

    [Fact]
    public async Task A_message_goes_as_json_with_the_bearer_token_blocks_fallback_text_and_thread()
    {
        using var host = new SlackHost(slack);

        await Client(host).PostMessageAsync(SlackPayloads.TeamId, "C0001", Blocks, "Hello", threadTs: "1700000000.000100");

        var request = Assert.Single(slack.Requests(FakeSlack.PostMessagePath)).RequestMessage;
        Assert.Equal("Bearer xoxb-configured-token", request.Headers!["Authorization"].Single());
        Assert.StartsWith("application/json", request.Headers["Content-Type"].Single());
        var body = System.Text.Json.JsonDocument.Parse(request.Body!).RootElement;
        Assert.Equal("C0001", body.GetProperty("channel").GetString());
        Assert.Equal("Hello", body.GetProperty("text").GetString());
        Assert.Equal("1700000000.000100", body.GetProperty("thread_ts").GetString());
        Assert.Equal("section", body.GetProperty("blocks")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_expired_response_url_is_reported_as_such()
    {
        var responseUrl = slack.NewResponseUrl();
        slack.Server.Given(Request.Create().WithPath(new Uri(responseUrl).AbsolutePath).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(404).WithBody("expired_url"));
        using var host = new SlackHost(slack);

        var result = await Client(host).PostToResponseUrlAsync(new Uri(responseUrl), SlackResponseMessage.Private(new SlackMessage("Hello")));

        Assert.Equal(SlackApiError.ResponseUrlExpired, result.Error);
    }
}
