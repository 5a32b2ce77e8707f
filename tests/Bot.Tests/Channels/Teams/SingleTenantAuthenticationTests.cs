using System.Net;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>A single-tenant bot also accepts tokens its own Entra tenant issued, checked against that tenant's keys.</summary>
public sealed class SingleTenantAuthenticationTests(SingleTenantAuthenticationTests.Fixture app) : IClassFixture<SingleTenantAuthenticationTests.Fixture>
{
    public sealed class Fixture() : TeamsAppFixture(fakes => new Dictionary<string, string?>
    {
        ["Teams:TenantId"] = BotFrameworkFakes.TenantId,
        ["Teams:TenantOpenIdMetadataUrl"] = $"{fakes.Url}/tenant-openid",
    });

    private BotFrameworkFakes Fakes => app.Fakes;

    [Theory]
    [InlineData(BotFrameworkFakes.TenantIssuer)]
    [InlineData($"https://sts.windows.net/{BotFrameworkFakes.TenantId}/")]
    public async Task A_token_from_the_bots_tenant_is_accepted(string issuer)
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"), Fakes.Token(key: Fakes.TenantKey, issuer: issuer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await Fakes.WaitForMessagesAsync(conversation));
    }

    [Fact]
    public async Task Bot_framework_tokens_are_still_accepted()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_tenant_token_signed_with_a_key_the_tenant_did_not_publish_is_refused()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"), Fakes.Token(issuer: BotFrameworkFakes.TenantIssuer));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Fakes.ConnectorCalls(conversation));
    }

    [Fact]
    public async Task A_token_from_another_tenant_is_refused()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var token = Fakes.Token(key: Fakes.TenantKey, issuer: "https://login.microsoftonline.com/00000000-1111-2222-3333-444444444444/v2.0");

        var response = await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Fakes.ConnectorCalls(conversation));
    }
}
