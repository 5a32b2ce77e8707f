using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using ResBot.Bot.Channels.Slack.Blocks;
using ResBot.Bot.Channels.Slack.Installation;

namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// Slack's Web API over a named HttpClient whose pipeline retries HTTP 429 after `Retry-After`
/// (see <see cref="SlackServiceExtensions"/>). Tokens go in the Authorization header only, never in a URL or a log.
/// </summary>
internal sealed class SlackApiClient(
    IHttpClientFactory httpClients,
    SlackTokenSource tokens,
    IOptions<SlackOptions> options,
    ILogger<SlackApiClient> logger) : ISlackApiClient
{
    public const string HttpClientName = "slack";

    /// <summary>Pages of 200 messages read back at most when checking for an earlier post (a very busy channel stays unverified).</summary>
    private const int MaxHistoryPages = 5;

    public async Task<SlackPostResult> PostMessageAsync(string? teamId, string channel, IReadOnlyList<Block>? blocks, string text, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var body = new PostMessage(channel, text, blocks, threadTs);
        var result = await CallAsync(teamId, "chat.postMessage", JsonContent.Create(body, options: SlackJson.Options), cancellationToken);
        return Log(result, "chat.postMessage", teamId, channel);
    }

    public async Task<SlackPostResult> PostMessageOnceAsync(string? teamId, string channel, IReadOnlyList<Block>? blocks, string text, string? threadTs,
        SlackDeliveryKey key, CancellationToken cancellationToken = default)
    {
        if (key.MayHaveBeenPosted)
        {
            var found = await FindPostedAsync(teamId, channel, threadTs, key, cancellationToken);
            if (!found.Ok)
                // Whether the earlier attempt arrived cannot be told now: posting could make a second copy.
                return SlackPostResult.Failure(SlackApiError.OutcomeUnknown, "unverified_" + found.ErrorCode);
            if (found.Ts is not null)
            {
                logger.LogInformation("Slack message for {Ids} was already posted in {Channel} ({Ts}): not sent again",
                    string.Join(',', key.DeliveryIds), channel, found.Ts);
                return found;
            }
        }
        var body = new PostMessage(channel, text, blocks, threadTs) { Metadata = SlackMessageMetadata.For(key) };
        var result = await CallAsync(teamId, "chat.postMessage", JsonContent.Create(body, options: SlackJson.Options), cancellationToken);
        return Log(result, "chat.postMessage", teamId, channel);
    }

    /// <summary>
    /// Reads the conversation (or the thread) back from <see cref="SlackDeliveryKey.NotBefore"/> for a message whose
    /// metadata names one of the key's ids: success with its ts when found, success without a ts when surely absent,
    /// a failure when it could not be read (then nobody knows).
    /// </summary>
    private async Task<SlackPostResult> FindPostedAsync(string? teamId, string channel, string? threadTs, SlackDeliveryKey key, CancellationToken cancellationToken)
    {
        // Thread replies are not in conversations.history; conversations.replies lists a thread, its parent included.
        var method = threadTs is null ? "conversations.history" : "conversations.replies";
        string? cursor = null;
        for (var page = 0; page < MaxHistoryPages; page++)
        {
            var form = new Dictionary<string, string>
            {
                ["channel"] = channel,
                ["oldest"] = (key.NotBefore.ToUnixTimeMilliseconds() / 1000m).ToString("0.000000", CultureInfo.InvariantCulture),
                ["include_all_metadata"] = "true",
                ["limit"] = "200",
            };
            if (threadTs is not null)
                form["ts"] = threadTs;
            if (cursor is not null)
                form["cursor"] = cursor;
            SlackApiResponse? answer = null;
            var read = await CallAsync(teamId, method, new FormUrlEncodedContent(form), a => answer = a, cancellationToken);
            if (!read.Ok)
                return Log(read, method, teamId, channel);
            if (answer?.Messages?.FirstOrDefault(m => m.Metadata?.Delivers(key) == true) is { } posted)
                return SlackPostResult.Success(posted.Ts ?? "found");
            cursor = answer?.ResponseMetadata?.NextCursor;
            if (string.IsNullOrEmpty(cursor))
                return SlackPostResult.Success();
        }
        return Log(SlackPostResult.Failure(SlackApiError.Other, "history_too_long"), method, teamId, channel);
    }

    public async Task<SlackPostResult> PostEphemeralAsync(string? teamId, string channel, string userId, IReadOnlyList<Block>? blocks, string text, CancellationToken cancellationToken = default)
    {
        var body = new PostEphemeral(channel, userId, text, blocks);
        var result = await CallAsync(teamId, "chat.postEphemeral", JsonContent.Create(body, options: SlackJson.Options), cancellationToken);
        return Log(result, "chat.postEphemeral", teamId, channel);
    }

    public async Task<SlackPostResult> PostToResponseUrlAsync(Uri responseUrl, SlackResponseMessage message, CancellationToken cancellationToken = default)
    {
        if (!responseUrl.IsAbsoluteUri || responseUrl.Scheme is not ("https" or "http"))
            return SlackPostResult.Failure(SlackApiError.Other, "invalid_response_url");

        var result = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(message, options: SlackJson.Options) },
            ReadResponseUrlAnswerAsync,
            cancellationToken);
        // The response_url itself is a bearer secret for 30 minutes: only its host is logged.
        return Log(result, "response_url", teamId: null, channel: responseUrl.Host);
    }

    public async Task<string?> GetUserTimeZoneAsync(string? teamId, string userId, CancellationToken cancellationToken = default)
    {
        string? timeZone = null;
        var result = await CallAsync(teamId, "users.info", new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = userId }),
            answer => timeZone = answer?.User?.TimeZone, cancellationToken);
        Log(result, "users.info", teamId, channel: null);
        return timeZone;
    }

    public async Task<SlackPostResult> CallMethodAsync(string? teamId, string method, object body, CancellationToken cancellationToken = default)
    {
        var result = await CallAsync(teamId, method, JsonContent.Create(body, body.GetType(), options: SlackJson.Options), cancellationToken);
        return Log(result, method, teamId, channel: null);
    }

    public async Task<SlackOAuthResult> ExchangeOAuthCodeAsync(string code, string redirectUri, CancellationToken cancellationToken = default)
    {
        var slack = options.Value;
        SlackApiResponse? answer = null;
        var status = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, Endpoint("oauth.v2.access"))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["client_id"] = slack.ClientId,
                    ["client_secret"] = slack.ClientSecret,
                    ["code"] = code,
                    ["redirect_uri"] = redirectUri,
                }),
            },
            async (response, ct) =>
            {
                answer = await ReadApiAnswerAsync(response, ct);
                return ToResult(answer);
            },
            cancellationToken);
        Log(status, "oauth.v2.access", answer?.Team?.Id, channel: null);
        return new SlackOAuthResult(status, answer?.Team?.Id, answer?.Team?.Name, answer?.AccessToken, answer?.BotUserId);
    }

    private async Task<SlackPostResult> CallAsync(string? teamId, string method, HttpContent content, CancellationToken cancellationToken) =>
        await CallAsync(teamId, method, content, _ => { }, cancellationToken);

    private async Task<SlackPostResult> CallAsync(string? teamId, string method, HttpContent content, Action<SlackApiResponse?> inspect, CancellationToken cancellationToken)
    {
        var token = await tokens.GetBotTokenAsync(teamId, cancellationToken);
        if (token is null)
            return SlackPostResult.Failure(SlackApiError.NoToken, "no_token");

        var payload = await content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = content.Headers.ContentType?.MediaType == "application/x-www-form-urlencoded"
            ? new MediaTypeHeaderValue("application/x-www-form-urlencoded")
            : new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return await SendAsync(
            () =>
            {
                // A fresh request per attempt: the retry pipeline may send it more than once.
                var request = new HttpRequestMessage(HttpMethod.Post, Endpoint(method)) { Content = new ByteArrayContent(payload) };
                request.Content.Headers.ContentType = contentType;
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return request;
            },
            async (response, ct) =>
            {
                var answer = await ReadApiAnswerAsync(response, ct);
                inspect(answer);
                return ToResult(answer);
            },
            cancellationToken);
    }

    private async Task<SlackPostResult> SendAsync(
        Func<HttpRequestMessage> createRequest,
        Func<HttpResponseMessage, CancellationToken, Task<SlackPostResult>> read,
        CancellationToken cancellationToken)
    {
        try
        {
            using var request = createRequest();
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                return SlackPostResult.Failure(SlackApiError.RateLimited, "ratelimited");
            return await read(response, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or TimeoutException
                                          or Polly.Timeout.TimeoutRejectedException
                                          || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var error = NeverSent(exception) ? SlackApiError.Unavailable : SlackApiError.OutcomeUnknown;
            logger.LogWarning("Slack could not be reached: {Reason} ({Outcome})", exception.GetType().Name,
                error == SlackApiError.Unavailable ? "not sent" : "it may have been taken");
            return SlackPostResult.Failure(error, error == SlackApiError.Unavailable ? "unavailable" : "outcome_unknown");
        }
    }

    /// <summary>
    /// Failures that happen before a byte of the request left (no connection, no name, no TLS): Slack cannot have acted.
    /// Everything else (a timeout, a connection reset while waiting, an unreadable answer) may follow a post Slack took.
    /// </summary>
    private static bool NeverSent(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError };

    private static async Task<SlackApiResponse?> ReadApiAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
            return new SlackApiResponse(false, HttpErrorCode(response.StatusCode), null, null, null, null);
        return await response.Content.ReadFromJsonAsync<SlackApiResponse>(SlackJson.Options, cancellationToken);
    }

    /// <summary>
    /// A response_url answers "ok" as text, or an error code as text or as `{"ok":false,"error":…}`
    /// with a 4xx status (expired_url, used_url, invalid_blocks).
    /// </summary>
    private static async Task<SlackPostResult> ReadResponseUrlAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        if (body.StartsWith('{'))
        {
            var answer = JsonSerializer.Deserialize<SlackApiResponse>(body, SlackJson.Options);
            if (answer is { Ok: false } || !response.IsSuccessStatusCode)
                return SlackPostResult.Failure(answer?.Error ?? HttpErrorCode(response.StatusCode));
            return SlackPostResult.Success();
        }
        if (response.IsSuccessStatusCode)
            return SlackPostResult.Success();
        var code = (int)response.StatusCode < 500 && body.Length is > 0 and <= 64 && body.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? body
            : HttpErrorCode(response.StatusCode);
        return SlackPostResult.Failure(code);
    }

    /// <summary>502 and 503 come from in front of Slack's servers before the request is handled; a 500 or 504 may follow the work.</summary>
    private static string HttpErrorCode(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable => SlackErrorCodes.NotHandled,
        _ when (int)status >= 500 => SlackErrorCodes.MaybeHandled,
        _ => $"http_{(int)status}",
    };

    private static SlackPostResult ToResult(SlackApiResponse? answer) =>
        answer is { Ok: true } ? SlackPostResult.Success(answer.Ts) : SlackPostResult.Failure(answer?.Error ?? "empty_response");

    private Uri Endpoint(string method)
    {
        var root = options.Value.ApiBaseUrl;
        return new Uri(new Uri(root.EndsWith('/') ? root : root + "/"), method);
    }

    private SlackPostResult Log(SlackPostResult result, string method, string? teamId, string? channel)
    {
        if (!result.Ok)
            logger.LogWarning("Slack {Method} failed for team {TeamId}, channel {Channel}: {Error} ({ErrorCode})",
                method, teamId, channel, result.Error, result.ErrorCode);
        return result;
    }

    private sealed record PostMessage(
        [property: JsonPropertyName("channel")] string Channel,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("blocks")] IReadOnlyList<Block>? Blocks,
        [property: JsonPropertyName("thread_ts")] string? ThreadTs)
    {
        [JsonPropertyName("unfurl_links")]
        public bool UnfurlLinks => false;

        [JsonPropertyName("metadata")]
        public SlackMessageMetadata? Metadata { get; init; }
    }

    private sealed record PostEphemeral(
        [property: JsonPropertyName("channel")] string Channel,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("blocks")] IReadOnlyList<Block>? Blocks);
}
