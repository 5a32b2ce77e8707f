using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using ResBot.Bot.Slack.Blocks;
using ResBot.Bot.Slack.Installation;

namespace ResBot.Bot.Slack.WebApi;

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

    public async Task<SlackPostResult> PostMessageAsync(string? teamId, string channel, IReadOnlyList<Block>? blocks, string text, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var body = new PostMessage(channel, text, blocks, threadTs);
        var result = await CallAsync(teamId, "chat.postMessage", JsonContent.Create(body, options: SlackJson.Options), cancellationToken);
        return Log(result, "chat.postMessage", teamId, channel);
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
            logger.LogWarning("Slack could not be reached: {Reason}", exception.GetType().Name);
            return SlackPostResult.Failure(SlackApiError.Unavailable, "unavailable");
        }
    }

    private static async Task<SlackApiResponse?> ReadApiAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
            return new SlackApiResponse(false, $"http_{(int)response.StatusCode}", null, null, null, null);
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
                return SlackPostResult.Failure(answer?.Error ?? $"http_{(int)response.StatusCode}");
            return SlackPostResult.Success();
        }
        if (response.IsSuccessStatusCode)
            return SlackPostResult.Success();
        var code = body.Length is > 0 and <= 64 && body.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? body : $"http_{(int)response.StatusCode}";
        return SlackPostResult.Failure(code);
    }

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
    }

    private sealed record PostEphemeral(
        [property: JsonPropertyName("channel")] string Channel,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("blocks")] IReadOnlyList<Block>? Blocks);
}
