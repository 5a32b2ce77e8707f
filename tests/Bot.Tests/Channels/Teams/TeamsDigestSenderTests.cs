using ResBot.Bot.Tests.Digests;
using ResBot.Bot.Storage;
using ResBot.Bot.Tests.Channels.Slack;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static ResBot.Bot.Tests.Digests.DigestScenario;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Teams digests go out through the channel's connector client: what its answers mean for a digest.</summary>
public sealed class TeamsDigestSenderTests : IDisposable
{
    private readonly FakeSlack _slack = new();
    private readonly BotFrameworkFakes _teams = new();
    private readonly DigestApp _app;
    private readonly FakeTimeProvider _time = new(Utc(3, 1, 0));

    public TeamsDigestSenderTests()
    {
        _app = new DigestApp(_slack, _teams, DigestApp.CopyCorpus());
    }

    private IBotStore Store => _app.Store;

    [Fact]
    public async Task A_conversation_the_connector_does_not_know_pauses_its_subscriptions()
    {
        const string conversation = "19:deleted@thread.tacv2";
        await Store.SaveTeamsConversationAsync(conversation, _teams.ServiceUrl);
        var subscription = await Store.SubscribeAsync("msteams", conversation, "cybersecurity", Utc(3, 1, 0), always: true);
        _teams.Server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/v3/conversations/*deleted*")).UsingPost())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(404).WithBody("""{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}"""));

        _time.SetUtcNow(Utc(3, 2, 8));
        var report = await _app.Runner(_time).TickAsync(default);

        Assert.Equal(1, report.Failed);
        Assert.Single(_teams.ConnectorCalls(conversation));
        var paused = await Store.GetSubscriptionAsync(subscription.Id);
        Assert.True(paused!.Paused);
        Assert.Contains("not found", paused.PausedReason);
    }

    [Fact]
    public async Task A_brief_connector_outage_with_a_short_retry_after_is_retried_within_the_send_and_delivered_once()
    {
        const string conversation = "19:blip@thread.tacv2";
        await Store.SaveTeamsConversationAsync(conversation, _teams.ServiceUrl);
        var subscription = await Store.SubscribeAsync("msteams", conversation, "cybersecurity", Utc(3, 1, 0), always: true);
        var path = new WireMock.Matchers.WildcardMatcher("/v3/conversations/*blip*");
        _teams.Server.Given(Request.Create().WithPath(path).UsingPost()).AtPriority(1)
            .InScenario("blip").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "1"));
        _teams.Server.Given(Request.Create().WithPath(path).UsingPost()).AtPriority(1)
            .InScenario("blip").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":"1:after-blip"}"""));

        _time.SetUtcNow(Utc(3, 2, 8));
        var report = await _app.Runner(_time).TickAsync(default);

        Assert.Equal(1, report.Sent);
        Assert.Equal(2, _teams.ConnectorCalls(conversation).Count);
        var delivery = await Store.GetDeliveryAsync(new(subscription.Id, new DateOnly(2026, 3, 2)));
        Assert.Equal((DeliveryState.Sent, "1:after-blip"), (delivery!.State, delivery.PlatformMessageId));
    }

    public void Dispose()
    {
        _app.Dispose();
        _teams.Dispose();
        _slack.Dispose();
    }
}
