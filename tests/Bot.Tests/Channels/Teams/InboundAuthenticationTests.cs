using System.Net;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using System.Security.Cryptography;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Only the Bot Connector, signing for this bot, gets an activity processed; everyone else is refused and nothing is sent.</summary>
public sealed class InboundAuthenticationTests(TeamsAppFixture app) : IClassFixture<TeamsAppFixture>
{
    private BotFrameworkFakes Fakes => app.Fakes;

    [Fact]
    public async Task A_valid_token_gets_the_message_answered()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"));

        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
        Assert.Single(await Fakes.WaitForMessagesAsync(conversation));
    }

    public static TheoryData<string, int> RefusedTokens => new()
    {
        { "expired", 401 },
        { "not yet valid", 401 },
        { "wrong audience", 401 },
        { "wrong issuer", 401 },
        { "bad signature", 401 },
        { "unknown key id", 401 },
        { "key not endorsed for msteams", 403 },
        { "serviceUrl claim differs from the activity", 403 },
        { "garbage", 401 },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_bad_token_is_refused_and_nothing_is_sent(string flaw, int expectedStatus)
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var now = DateTime.UtcNow;
        using var stranger = RSA.Create(2048);
        var token = flaw switch
        {
            // Beyond the 5 minutes of allowed clock skew on either side.
            "expired" => Fakes.Token(notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)),
            "not yet valid" => Fakes.Token(notBefore: now.AddMinutes(6), expires: now.AddHours(1)),
            "wrong audience" => Fakes.Token(audience: "99999999-0000-0000-0000-000000000000"),
            "wrong issuer" => Fakes.Token(issuer: "https://sts.windows.net/evil-tenant/"),
            // Signed by a key nobody published, but claiming the id of the published one.
            "bad signature" => Fakes.Token(key: new RsaSecurityKey(stranger), keyId: BotFrameworkFakes.EndorsedKeyId),
            "unknown key id" => Fakes.Token(key: new RsaSecurityKey(stranger) { KeyId = "rotated-away" }),
            "key not endorsed for msteams" => Fakes.Token(key: Fakes.UnendorsedKey),
            "serviceUrl claim differs from the activity" => Fakes.Token(serviceUrl: "https://attacker.example/"),
            _ => "not-a-jwt",
        };

        var response = await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"), token);

        Assert.Equal(expectedStatus, (int)response.StatusCode);
        await AssertNothingSentAsync(conversation);
    }

    [Fact]
    public async Task A_request_without_authorization_header_is_refused()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingSentAsync(conversation);
    }

    [Fact]
    public async Task A_token_for_another_service_url_cannot_redirect_replies()
    {
        // The token is genuine for the fake connector; the activity asks for replies elsewhere.
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(TeamsActivities.Message("https://attacker.example/", conversation, "help"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertNothingSentAsync(conversation);
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request()
    {
        var response = await app.PostRawAsync("{\"type\":\"message\", \"text\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"message\"")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"a:1\"},\"serviceUrl\":\"not a url\"}")]
    [InlineData("{\"type\":42}")]
    public async Task Json_that_is_not_an_activity_is_a_bad_request(string body)
    {
        var response = await app.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_256_KB_is_refused_as_too_large()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var activity = TeamsActivities.Message(Fakes.ServiceUrl, conversation, new string('a', 300 * 1024));

        var response = await app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingSentAsync(conversation);
    }

    [Fact]
    public async Task Unknown_activity_types_are_acknowledged_and_ignored()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var activity = TeamsActivities.Base("messageReaction", Fakes.ServiceUrl, conversation, "en-US", "personal");
        activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });

        var response = await app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertNothingSentAsync(conversation);
    }

    private async Task AssertNothingSentAsync(string conversation)
    {
        // A refused request is answered before any handler runs; give a stray background send time to show up anyway.
        await Task.Delay(200);
        Assert.Empty(Fakes.ConnectorCalls(conversation));
    }
}
