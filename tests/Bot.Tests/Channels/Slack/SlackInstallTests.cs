using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ResBot.Bot.Tests.Channels.Slack;

public sealed class SlackInstallTests : IDisposable
{
    private readonly FakeSlack slack = new();
    private readonly SlackHost host;

    public SlackInstallTests()
    {
        slack.Server.Given(Request.Create().WithPath("/api/oauth.v2.access").UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
            {
                ok = true,
                access_token = "xoxb-installed-token",
                token_type = "bot",
                scope = "commands,chat:write",
                bot_user_id = "UBOT2",
                app_id = "A0001",
                team = new { id = "T-installed", name = "Installed Team" },
            }));
        host = new SlackHost(slack, settings: new Dictionary<string, string>
        {
            ["Slack:ClientId"] = "client-id",
            ["Slack:ClientSecret"] = "client-secret",
            ["Slack:AuthorizeUrl"] = slack.Server.Url + "/oauth/v2/authorize",
            ["Slack:RedirectUrl"] = RedirectUrl,
        });
    }

    private const string RedirectUrl = "https://resbot.example.org/api/slack/oauth/callback";

    public void Dispose()
    {
        host.Dispose();
        slack.Dispose();
    }

    private async Task<(string State, string Cookie)> StartInstallAsync()
    {
        var response = await host.Client.GetAsync("/api/slack/install");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        Assert.Equal("client-id", query["client_id"]);
        Assert.Contains("chat:write", query["scope"].ToString());
        var cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        return (query["state"]!, cookie);
    }

    private Task<HttpResponseMessage> CallbackAsync(string state, string? cookie, string code = "the-code")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/slack/oauth/callback?code={code}&state={Uri.EscapeDataString(state)}");
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        return host.Client.SendAsync(request);
    }

    [Fact]
    public async Task An_install_stores_the_workspace_token_encrypted_and_uses_it_for_that_workspace()
    {
        var (state, cookie) = await StartInstallAsync();

        var response = await CallbackAsync(state, cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Installed Team", await response.Content.ReadAsStringAsync());
        var exchange = Assert.Single(slack.Requests("/api/oauth.v2.access")).RequestMessage;
        Assert.Contains("code=the-code", exchange.Body);
        var installation = await host.Store.GetSlackInstallationAsync("T-installed");
        Assert.NotNull(installation);
        Assert.DoesNotContain("xoxb-installed-token", installation.EncryptedBotToken);

        var mention = SlackPayloads.Mention("Ev-installed", "38/4 ¶6").Replace($"\"{SlackPayloads.TeamId}\"", "\"T-installed\"");
        await host.SendAsync(SlackSigner.Signed("/api/slack/events", mention, SlackPayloads.Json));
        await slack.WaitForAsync(FakeSlack.PostMessagePath);
        Assert.Equal("Bearer xoxb-installed-token", slack.Requests(FakeSlack.PostMessagePath).Single().RequestMessage.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task A_callback_with_a_forged_state_is_refused_without_exchanging_the_code()
    {
        var (_, cookie) = await StartInstallAsync();

        var response = await CallbackAsync("forged-state", cookie);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(slack.Requests("/api/oauth.v2.access"));
    }

    [Fact]
    public async Task A_callback_from_another_browser_than_the_one_that_started_is_refused()
    {
        var (state, _) = await StartInstallAsync();
        var (_, otherCookie) = await StartInstallAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync(state, cookie: null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync(state, otherCookie)).StatusCode);
        Assert.Empty(slack.Requests("/api/oauth.v2.access"));
    }

    [Fact]
    public async Task Without_client_credentials_there_is_no_install()
    {
        using var plain = new SlackHost(slack);

        Assert.Equal(HttpStatusCode.NotFound, (await plain.Client.GetAsync("/api/slack/install")).StatusCode);
    }

    [Fact]
    public async Task A_state_is_used_once_so_a_replayed_callback_after_the_install_is_refused()
    {
        var (state, cookie) = await StartInstallAsync();
        Assert.Equal(HttpStatusCode.OK, (await CallbackAsync(state, cookie)).StatusCode);

        var replay = await CallbackAsync(state, cookie, code: "another-code");

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Contains("already used", await replay.Content.ReadAsStringAsync());
        Assert.Single(slack.Requests("/api/oauth.v2.access"));
    }

    [Fact]
    public async Task The_redirect_uri_comes_from_configuration_whatever_host_the_request_names()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/slack/install");
        request.Headers.Host = "attacker.example";

        var response = await host.Client.SendAsync(request);

        Assert.Equal(RedirectUrl, QueryHelpers.ParseQuery(response.Headers.Location!.Query)["redirect_uri"]);
        var (state, cookie) = await StartInstallAsync();
        await CallbackAsync(state, cookie);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString(RedirectUrl), Assert.Single(slack.Requests("/api/oauth.v2.access")).RequestMessage.Body);
    }

    [Fact]
    public async Task Without_a_configured_redirect_url_there_is_no_install_rather_than_one_built_from_the_host_header()
    {
        using var unconfigured = new SlackHost(slack, settings: new Dictionary<string, string>
        {
            ["Slack:ClientId"] = "client-id",
            ["Slack:ClientSecret"] = "client-secret",
        });

        var response = await unconfigured.Client.GetAsync("/api/slack/install");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Slack:RedirectUrl", await response.Content.ReadAsStringAsync());
    }
}
