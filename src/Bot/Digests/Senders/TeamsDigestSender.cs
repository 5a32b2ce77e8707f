using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ResBot.Bot.Storage;
using ResBot.Bot.Teams.Activities;
using ResBot.Bot.Teams.Authentication;
using ResBot.Bot.Teams.Cards;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests.Senders;

/// <summary>
/// Posts a digest into a stored Teams conversation: `POST {serviceUrl}/v3/conversations/{id}/activities` with the bot's
/// token. The serviceUrl is the one stored from a validated inbound activity, never one from elsewhere.
/// </summary>
internal sealed class TeamsDigestSender(IHttpClientFactory httpClients, IBotTokenProvider tokens, ILogger<TeamsDigestSender> logger) : IDigestSender
{
    public const string HttpClientName = "digests-msteams";

    public string Platform => "msteams";

    public async Task<DeliveryResult> SendAsync(ConversationReference conversation, Digest digest, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(conversation.ServiceUrl))
            return new DeliveryResult.Permanent("no serviceUrl stored for this conversation");
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = Platform,
            ServiceUrl = conversation.ServiceUrl,
            Conversation = new ConversationAccount { Id = conversation.ConversationId, TenantId = conversation.TenantId },
            From = conversation.BotId is null ? null : new ChannelAccount { Id = conversation.BotId },
            Locale = digest.Language.Code(),
            Summary = DigestPlainText.Summary(digest),
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardType, Content = TeamsDigestCard.Render(digest) }],
        };
        var root = conversation.ServiceUrl.EndsWith('/') ? conversation.ServiceUrl : conversation.ServiceUrl + "/";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(root), $"v3/conversations/{Uri.EscapeDataString(conversation.ConversationId)}/activities"))
        {
            Content = JsonContent.Create(activity, options: TeamsJson.Options),
        };
        try
        {
            if (await tokens.GetTokenAsync(cancellationToken) is { } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        catch (BotTokenException e)
        {
            return new DeliveryResult.Transient(null, "no connector token: " + e.Message);
        }

        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
            return new DeliveryResult.Sent(MessageId(body) ?? $"http-{(int)response.StatusCode}");
        return Classify(response, body);
    }

    private DeliveryResult Classify(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        // A user who blocked or removed the bot: 403 with subCode MessageWritesBlocked (REFERENCE.md). The other two
        // codes are what the connector answers in practice for an uninstalled app or a conversation the bot left.
        if (response.StatusCode == HttpStatusCode.Forbidden && (body.Contains("MessageWritesBlocked", StringComparison.OrdinalIgnoreCase)
                || body.Contains("ConversationBlockedByUser", StringComparison.OrdinalIgnoreCase)
                || body.Contains("BotNotInConversationRoster", StringComparison.OrdinalIgnoreCase)))
            return new DeliveryResult.Permanent("MessageWritesBlocked");
        if (response.StatusCode == HttpStatusCode.NotFound)
            return new DeliveryResult.Permanent("conversation not found (HTTP 404)");
        // 401: our credentials or token, not the conversation; the operator fixes it and the digest goes out then.
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or HttpStatusCode.Unauthorized || status >= 500)
            return new DeliveryResult.Transient(RetryAfter(response), $"HTTP {status}");
        logger.LogWarning("The Bot Connector refused a digest with HTTP {Status}", status);
        return new DeliveryResult.Permanent($"HTTP {status}");
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };

    private static string? MessageId(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
