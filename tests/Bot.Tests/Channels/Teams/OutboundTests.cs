using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>How the bot behaves towards the connector and Entra: cached tokens, retries, blocked conversations.</summary>
public sealed class OutboundTests(TeamsAppFixture app) : IClassFixture<TeamsAppFixture>
{
    private BotFrameworkFakes Fakes => app.Fakes;

    [Fact]
    public async Task A_conversation_that_blocked_the_bot_is_marked_inactive()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        Fakes.Server.Given(Request.Create().WithPath($"/v3/conversations/{conversation}/*").UsingPost())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("Content-Type", "application/json")
                .WithBody("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."},"subCode":"MessageWritesBlocked"}"""));

        var response = await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The reply goes out after the acknowledgement.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while ((await app.Store.GetConversationAsync("msteams", conversation)) is not { Active: false } && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        var reference = await app.Store.GetConversationAsync("msteams", conversation);
        Assert.NotNull(reference);
        Assert.False(reference.Active);
        // 403 is not retried.
        Assert.Single(Fakes.ConnectorCalls(conversation));
    }

    [Fact]
    public async Task A_throttled_reply_is_retried_after_the_delay_the_connector_asks_for()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var scenario = "throttle-" + conversation;
        Fakes.Server.Given(Request.Create().WithPath($"/v3/conversations/{conversation}/*").UsingPost())
            .InScenario(scenario).WillSetStateTo("throttled-once").AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        Fakes.Server.Given(Request.Create().WithPath($"/v3/conversations/{conversation}/*").UsingPost())
            .InScenario(scenario).WhenStateIs("throttled-once").AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"id":"2"}"""));

        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Fakes.ConnectorCalls(conversation).Count(c => c.ResponseMessage.StatusCode is 200) == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        var calls = Fakes.ConnectorCalls(conversation);
        Assert.Equal(2, calls.Count);
        Assert.Equal(429, (int)calls[0].ResponseMessage.StatusCode!);
        Assert.Equal(200, (int)calls[1].ResponseMessage.StatusCode!);
        Assert.True(calls[1].RequestMessage.DateTime - calls[0].RequestMessage.DateTime >= TimeSpan.FromSeconds(0.9),
            "the retry waited for Retry-After");
    }

    [Fact]
    public async Task A_message_is_acknowledged_before_its_answer_is_ready()
    {
        // Issue 11, finding 9: a non-invoke activity waited up to 10 s for its turn before the 200.
        var conversation = TeamsActivities.NewPersonalConversation();
        Fakes.Server.Given(Request.Create().WithPath($"/v3/conversations/{conversation}/*").UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(3)).WithBody("""{"id":"slow"}"""));

        var response = await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"));

        // Acknowledged while the connector was still holding the reply; the reply still went out, once.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Fakes.ConnectorCalls(conversation));
        Assert.Single(await Fakes.WaitForMessagesAsync(conversation));
    }

    [Fact]
    public async Task The_token_is_obtained_with_client_credentials_and_reused()
    {
        for (var i = 0; i < 3; i++)
            await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, TeamsActivities.NewPersonalConversation(), "help"));

        var grant = Assert.Single(Fakes.Server.LogEntries, e => e.RequestMessage.Path == "/token");
        var form = grant.RequestMessage.Body!;
        Assert.Contains("grant_type=client_credentials", form);
        Assert.Contains($"client_id={BotFrameworkFakes.AppId}", form);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", form);
    }
}
