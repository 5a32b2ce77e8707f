using System.Net;

namespace ResBot.Bot.Tests.Channels.Slack;

public sealed class SlackWithoutSecretTests
{
    [Theory]
    [InlineData("/api/slack/commands")]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/interactions")]
    public async Task Without_a_signing_secret_every_slack_request_is_refused_rather_than_trusted(string path)
    {
        using var slack = new FakeSlack();
        using var host = new SlackHost(slack, settings: new Dictionary<string, string> { ["Slack:SigningSecret"] = "" });

        var response = await host.SendAsync(SlackSigner.Signed(path, SlackPayloads.UrlVerification("c"), SlackPayloads.Json, secret: ""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
