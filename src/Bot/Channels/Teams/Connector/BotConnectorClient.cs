using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using ResBot.Bot.Storage;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Authentication;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Bot.Conversations;

namespace ResBot.Bot.Channels.Teams.Connector;

/// <summary>
/// The Bot Connector REST API (v3), over a resilient HttpClient. A post is not idempotent (the connector has no
/// idempotency key and no way to ask whether an activity arrived), so only failures that surely delivered nothing are
/// retried in-process, and only for a short wait (see <see cref="RetriesInProcess"/>); a timeout, a reset or a 500 comes
/// back as <see cref="ConnectorOutcome.Ambiguous"/> and is never resent.
/// </summary>
internal sealed class BotConnectorClient(
    HttpClient http,
    IBotTokenProvider tokens,
    TimeProvider time,
    ILogger<BotConnectorClient> logger) : IBotConnector
{
    /// <summary>
    /// The longest Retry-After waited out inside one call. Beyond it a user would have given up on a reply, and a digest
    /// does better to give its slot back to the runner, which records the wait and retries on a later tick.
    /// </summary>
    public static readonly TimeSpan MaxInProcessWait = TimeSpan.FromSeconds(5);

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
        if (reference.ServiceUrl is null || reference.Platform != Platform.Teams.Id)
            throw new ArgumentException("Not a Teams conversation reference.", nameof(reference));
        var full = activity with
        {
            ServiceUrl = reference.ServiceUrl,
            ChannelId = activity.ChannelId ?? Platform.Teams.Id,
            Conversation = activity.Conversation ?? new ConversationAccount { Id = reference.ConversationId, TenantId = reference.TenantId },
            From = activity.From ?? (reference.BotId is null ? null : new ChannelAccount { Id = reference.BotId }),
            Locale = activity.Locale ?? reference.Locale,
        };
        var path = $"v3/conversations/{Uri.EscapeDataString(reference.ConversationId)}/activities";
        return PostAsync(reference.ServiceUrl, path, full, reference.ConversationId, cancellationToken);
    }

    /// <summary>
    /// The retry predicate of the connector's resilience handler: a response that says nothing was done (429, 502, 503,
    /// 408) with a wait of at most <see cref="MaxInProcessWait"/>, or a connection that never opened. Never a timeout or a
    /// reset, after which the activity may already be in the conversation.
    /// </summary>
    public static bool RetriesInProcess(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => NotDelivered(response.StatusCode) && !(RetryAfter(response, DateTimeOffset.UtcNow) > MaxInProcessWait),
        { Exception: { } exception } => NeverSent(exception),
        _ => false,
    };

    /// <summary>Statuses a gateway or the connector answers before taking the activity.</summary>
    private static bool NotDelivered(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout;

    /// <summary>Failed before a byte of the request left: no connection, no name, no TLS, no token, an open circuit.</summary>
    private static bool NeverSent(Exception exception) => exception
        is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError }
        or BotTokenException or Polly.CircuitBreaker.BrokenCircuitException;

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
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
                return new ConnectorResult(ConnectorOutcome.Sent, ActivityId(body), Detail: $"HTTP {(int)response.StatusCode}");
            return Classify(response, body, activity, uri, conversationId);
        }
        catch (Exception exception) when (exception is HttpRequestException or BotTokenException
            or TaskCanceledException { InnerException: TimeoutException } or Polly.Timeout.TimeoutRejectedException
            or Polly.CircuitBreaker.BrokenCircuitException)
        {
            var outcome = NeverSent(exception) ? ConnectorOutcome.Transient : ConnectorOutcome.Ambiguous;
            logger.LogWarning("Sending a {Type} activity to {Host} failed ({Outcome}): {Error}", activity.Type, uri.Host,
                outcome == ConnectorOutcome.Transient ? "not sent" : "it may have arrived; not resent", exception.Message);
            return new ConnectorResult(outcome, Detail: exception.GetType().Name + ": " + exception.Message);
        }
    }

    private ConnectorResult Classify(HttpResponseMessage response, string body, Activity activity, Uri uri, string conversationId)
    {
        var status = (int)response.StatusCode;
        var detail = $"HTTP {status}";
        if (response.StatusCode == HttpStatusCode.Forbidden && IsWritesBlocked(body))
        {
            // Said, not written: whoever sent it marks the conversation inactive (the digest runner, or the replies' decorator).
            logger.LogInformation("Teams refuses writes to conversation {Conversation}", conversationId);
            return new ConnectorResult(ConnectorOutcome.Blocked, Detail: "MessageWritesBlocked");
        }
        logger.LogWarning("The Bot Connector answered HTTP {Status} to a {Type} activity for {Host}", status, activity.Type, uri.Host);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return new ConnectorResult(ConnectorOutcome.NotFound, Detail: detail);
        // 401: our credentials or token, not the conversation; the operator fixes it and a later try goes through.
        if (NotDelivered(response.StatusCode) || response.StatusCode == HttpStatusCode.Unauthorized)
            return new ConnectorResult(ConnectorOutcome.Transient, RetryAfter: RetryAfter(response, time.GetUtcNow()), Detail: detail);
        // A 500 or 504 may come after the activity was stored.
        if (status >= 500)
            return new ConnectorResult(ConnectorOutcome.Ambiguous, Detail: detail);
        return new ConnectorResult(ConnectorOutcome.Failed, Detail: detail);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };

    /// <summary>The connector answers a post with a ResourceResponse, `{"id": "…"}`.</summary>
    private static string? ActivityId(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
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
