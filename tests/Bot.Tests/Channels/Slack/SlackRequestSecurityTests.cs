using ResBot.Bot.Conversations;
using ResBot.Knowledge.Model;
using System.Net;
using ResBot.Bot.Channels.Slack.Answering;
using ResBot.Bot.Channels.Slack.Rendering;

using ResBot.Bot.Tests.Storage;

namespace ResBot.Bot.Tests.Channels.Slack;

/// <summary>Every Slack endpoint: only signed, fresh, well-formed requests of sensible size do anything.</summary>
public sealed class SlackRequestSecurityTests : IClassFixture<SlackRequestSecurityTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public FakeSlack Slack { get; } = new();
        public SlackHost Host { get; }
        public Fixture() => Host = new SlackHost(Slack);

        public void Dispose()
        {
            Host.Dispose();
            Slack.Dispose();
        }
    }

    private readonly Fixture fixture;

    public SlackRequestSecurityTests(Fixture fixture) => this.fixture = fixture;

    private SlackHost Host => fixture.Host;

    public enum Tampering { Forged, Unsigned, Replayed }

    private static HttpRequestMessage Tampered(Tampering tampering, string path, string body, string contentType) => tampering switch
    {
        Tampering.Forged => SlackSigner.Forged(path, body, contentType),
        Tampering.Unsigned => SlackSigner.Unsigned(path, body, contentType),
        _ => SlackSigner.Replayed(path, body, contentType),
    };

    [Fact]
    public async Task A_signed_slash_command_changes_the_users_language()
    {
        var body = SlackPayloads.SlashCommand("lang fr", fixture.Slack.NewResponseUrl(), userId: "U-signed");

        var response = await Host.SendAsync(SlackSigner.Signed("/api/slack/commands", body, SlackPayloads.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("français", await response.Content.ReadAsStringAsync());
        Assert.Equal(ResBot.Knowledge.Model.Language.Fr, await Host.Store.GetUserLanguageAsync(Platform.Slack.Id, "U-signed"));
    }

    [Theory]
    [InlineData(Tampering.Forged)]
    [InlineData(Tampering.Unsigned)]
    [InlineData(Tampering.Replayed)]
    public async Task A_tampered_slash_command_is_refused_and_changes_nothing(Tampering tampering)
    {
        var user = $"U-{tampering}";
        var body = SlackPayloads.SlashCommand("lang fr", fixture.Slack.NewResponseUrl(), userId: user);

        var response = await Host.SendAsync(Tampered(tampering, "/api/slack/commands", body, SlackPayloads.Form));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await Host.Store.GetUserLanguageAsync(Platform.Slack.Id, user));
    }

    [Fact]
    public async Task A_signed_event_is_acknowledged_and_answered()
    {
        var eventId = "Ev-signed";
        var before = fixture.Slack.Count(FakeSlack.PostMessagePath);

        var response = await Host.SendAsync(SlackSigner.Signed("/api/slack/events", SlackPayloads.DirectMessage(eventId, "help"), SlackPayloads.Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.Slack.WaitForAsync(FakeSlack.PostMessagePath, before + 1);
        Assert.True(await Host.Store.IsRecordedAsync(eventId));
    }

    [Theory]
    [InlineData(Tampering.Forged)]
    [InlineData(Tampering.Unsigned)]
    [InlineData(Tampering.Replayed)]
    public async Task A_tampered_event_is_refused_and_not_recorded(Tampering tampering)
    {
        var eventId = $"Ev-{tampering}";

        var response = await Host.SendAsync(Tampered(tampering, "/api/slack/events", SlackPayloads.DirectMessage(eventId, "help"), SlackPayloads.Json));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await Host.Store.IsRecordedAsync(eventId));
    }

    [Fact]
    public async Task A_signed_url_verification_gets_its_challenge_back()
    {
        var response = await Host.SendAsync(SlackSigner.Signed("/api/slack/events", SlackPayloads.UrlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), SlackPayloads.Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_interaction_is_answered_through_its_response_url()
    {
        var responseUrl = fixture.Slack.NewResponseUrl();
        var value = ConversationAction.WholeResolution("38/4", Language.En).ToValue();

        var response = await Host.SendAsync(SlackSigner.Signed("/api/slack/interactions", SlackPayloads.Interaction("show#1", value, responseUrl), SlackPayloads.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.Slack.WaitForAsync(new Uri(responseUrl).AbsolutePath);
    }

    [Theory]
    [InlineData(Tampering.Forged)]
    [InlineData(Tampering.Unsigned)]
    [InlineData(Tampering.Replayed)]
    public async Task A_tampered_interaction_is_refused_and_posts_nothing(Tampering tampering)
    {
        var responseUrl = fixture.Slack.NewResponseUrl();
        var value = ConversationAction.WholeResolution("38/4", Language.En).ToValue();

        var response = await Host.SendAsync(Tampered(tampering, "/api/slack/interactions", SlackPayloads.Interaction(SlackAnswerRenderer.ShareAction + "#0", value, responseUrl), SlackPayloads.Form));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // A signed request queued after it is answered; by then the refused one would have posted too.
        var marker = fixture.Slack.NewResponseUrl();
        await Host.SendAsync(SlackSigner.Signed("/api/slack/interactions", SlackPayloads.Interaction("show#1", value, marker), SlackPayloads.Form));
        await fixture.Slack.WaitForAsync(new Uri(marker).AbsolutePath);
        Assert.Equal(0, fixture.Slack.Count(new Uri(responseUrl).AbsolutePath));
    }

    [Theory]
    [InlineData("/api/slack/commands")]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/interactions")]
    public async Task An_oversized_body_is_refused_with_413(string path)
    {
        var body = "text=" + new string('a', 70 * 1024);

        var response = await Host.SendAsync(SlackSigner.Signed(path, body, SlackPayloads.Form));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/slack/commands", "text=no+user+or+team", SlackPayloads.Form)]
    [InlineData("/api/slack/commands", "%%%&&&==", SlackPayloads.Form)]
    [InlineData("/api/slack/events", "{not json", SlackPayloads.Json)]
    [InlineData("/api/slack/events", "[1,2,3]", SlackPayloads.Json)]
    [InlineData("/api/slack/events", """{"type":"event_callback","event_id":"Ev9"}""", SlackPayloads.Json)]
    [InlineData("/api/slack/events", """{"type":"event_callback","event_id":"Ev9","event":{"type":"app_mention","ts":5}}""", SlackPayloads.Json)]
    [InlineData("/api/slack/events", """{"type":"url_verification"}""", SlackPayloads.Json)]
    [InlineData("/api/slack/interactions", "payload=%7Bnot+json", SlackPayloads.Form)]
    [InlineData("/api/slack/interactions", "nothing=here", SlackPayloads.Form)]
    public async Task A_malformed_signed_request_is_a_400_not_a_500(string path, string body, string contentType)
    {
        var response = await Host.SendAsync(SlackSigner.Signed(path, body, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_button_value_that_is_not_ours_is_acknowledged_and_ignored()
    {
        var responseUrl = fixture.Slack.NewResponseUrl();

        var response = await Host.SendAsync(SlackSigner.Signed("/api/slack/interactions", SlackPayloads.Interaction("show#0", "{\"k\":\"resolution\"}", responseUrl), SlackPayloads.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
