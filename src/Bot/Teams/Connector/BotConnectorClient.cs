using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ResBot.Bot.Storage;
using ResBot.Bot.Teams.Activities;
using ResBot.Bot.Teams.Authentication;
using ResBot.Bot.Teams.Cards;

namespace ResBot.Bot.Teams.Connector;

/// <summary>The Bot Connector REST API (v3), over a resilient HttpClient: 429 and 5xx are retried honouring Retry-After.</summary>
internal sealed class BotConnectorClient(
    HttpClient http,
    IBotTokenProvider tokens,
    IBotStore store,
    ILogger<BotConnectorClient> logger) : IBotConnector
{
    public const string Platform = "msteams";

    public Task<ConnectorResult> ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken = default)
    {
        var full = Replies.Address(inbound, reply);
        var path = string.IsNullOrEmpty(inbound.Id)
            ? $"v3/conversations/{Uri.EscapeDataString(inbound.Conversation!.Id!)}/activities"
            : $"v3/conversations/{Uri.EscapeDataString(inbound.Conversation!.Id!)}/activities/{Uri.EscapeDataString(inbound.Id)}";
        return PostAsync(inbound.ServiceUrl!, path, full, inbound.Conversation.Id!, cancellationToken);
    }

    public Task<ConnectorResult> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken = default)
    {
        if (reference.ServiceUrl is null || reference.Platform != Platform)
            throw new ArgumentException("Not a Teams conversation reference.", nameof(reference));
        var full = activity with
        {
            ServiceUrl = reference.ServiceUrl,
            ChannelId = activity.ChannelId ?? Platform,
            Conversation = activity.Conversation ?? new ConversationAccount { Id = reference.ConversationId, TenantId = reference.TenantId },
            From = activity.From ?? (reference.BotId is null ? null : new ChannelAccount { Id = reference.BotId }),
            Locale = activity.Locale ?? reference.Locale,
        };
        var path = $"v3/conversations/{Uri.EscapeDataString(reference.ConversationId)}/activities";
        return PostAsync(reference.ServiceUrl, path, full, reference.ConversationId, cancellationToken);
    }

    private async Task<ConnectorResult> PostAsync(string serviceUrl, string path, Activity activity, string conversationId, CancellationToken cancellationToken)
    {
        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            // Buffered, so the request carries a Content-Length and a retry resends the same bytes.
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, TeamsJson.Options))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
        };
        try
        {
            if (await tokens.GetTokenAsync(cancellationToken) is { } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
                return ConnectorResult.Sent;

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.Forbidden && IsWritesBlocked(body))
            {
                logger.LogInformation("Teams refuses writes to conversation {Conversation}; marking it inactive", conversationId);
                await store.SetConversationActiveAsync(Platform, conversationId, false, cancellationToken);
                return ConnectorResult.Blocked;
            }
            logger.LogWarning("The Bot Connector answered HTTP {Status} to a {Type} activity for {Host}",
                (int)response.StatusCode, activity.Type, uri.Host);
            return ConnectorResult.Failed;
        }
        catch (Exception exception) when (exception is HttpRequestException or BotTokenException
            or TaskCanceledException { InnerException: TimeoutException } or Polly.Timeout.TimeoutRejectedException
            or Polly.CircuitBreaker.BrokenCircuitException)
        {
            logger.LogWarning("Sending a {Type} activity to {Host} failed: {Error}", activity.Type, uri.Host, exception.Message);
            return ConnectorResult.Failed;
        }
    }

    /// <summary>
    /// Teams documents a 403 with subCode MessageWritesBlocked for a bot that was blocked or uninstalled; in practice
    /// the body also arrives as error codes ConversationBlockedByUser or BotNotInConversationRoster.
    /// </summary>
    private static bool IsWritesBlocked(string body) =>
        body.Contains("MessageWritesBlocked", StringComparison.OrdinalIgnoreCase)
        || body.Contains("ConversationBlockedByUser", StringComparison.OrdinalIgnoreCase)
        || body.Contains("BotNotInConversationRoster", StringComparison.OrdinalIgnoreCase);
}
