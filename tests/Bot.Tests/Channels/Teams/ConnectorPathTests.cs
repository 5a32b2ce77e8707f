using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using ResBot.Bot.Storage;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Authentication;
using ResBot.Bot.Channels.Teams.Connector;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>
/// Teams conversation ids hold ':', '@' and ';': they must reach the connector URL-encoded. (WireMock shows paths
/// decoded, so the request is captured here, at the HttpClient's edge.)
/// </summary>
public sealed class ConnectorPathTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000001", "19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000001")]
    [InlineData("a:1xYz_-", "a%3A1xYz_-")]
    [InlineData("29:1 2/3", "29%3A1%202%2F3")]
    public async Task The_conversation_id_is_url_encoded_in_the_reply_path(string conversationId, string encoded)
    {
        var capture = new CapturingHandler();
        var connector = new BotConnectorClient(new HttpClient(capture), new NoToken(), TimeProvider.System, NullLogger<BotConnectorClient>.Instance);
        var inbound = new Activity
        {
            Type = "message",
            Id = "f:42",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = conversationId },
        };

        var result = await connector.ReplyAsync(inbound, new Activity { Type = "message", Text = "hi" });

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal($"https://smba.trafficmanager.net/emea/v3/conversations/{encoded}/activities/f%3A42", capture.Uri!.AbsoluteUri);
    }

    [Fact]
    public async Task A_proactive_message_goes_to_the_conversation_without_a_reply_id()
    {
        var capture = new CapturingHandler();
        var connector = new BotConnectorClient(new HttpClient(capture), new NoToken(), TimeProvider.System, NullLogger<BotConnectorClient>.Instance);
        var reference = new ConversationReference("msteams", "a:1abc", "https://smba.trafficmanager.net/amer/", "tenant", "28:bot", "ar-SA", null);

        await connector.SendAsync(reference, new Activity { Type = "message", Text = "digest" });

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1abc/activities", capture.Uri!.AbsoluteUri);
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public Uri? Uri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uri = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }

    private sealed class NoToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
    }
}
