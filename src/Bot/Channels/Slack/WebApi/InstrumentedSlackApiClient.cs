using ResBot.Bot.Telemetry;
using System.Text.RegularExpressions;
using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Slack.Blocks;

namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>A `resbot.send` span and the `resbot.deliveries` metrics around every message posted to Slack.</summary>
internal sealed partial class InstrumentedSlackApiClient(ISlackApiClient inner, ResBotMetrics metrics) : ISlackApiClient
{
    private static readonly string Channel = Platform.Slack.Id;

    public Task<SlackPostResult> PostMessageAsync(string? teamId, string channel, IReadOnlyList<Block>? blocks, string text, string? threadTs = null, CancellationToken cancellationToken = default) =>
        SendAsync("chat.postMessage", () => inner.PostMessageAsync(teamId, channel, blocks, text, threadTs, cancellationToken));

    public Task<SlackPostResult> PostMessageOnceAsync(string? teamId, string channel, IReadOnlyList<Block>? blocks, string text, string? threadTs,
        SlackDeliveryKey key, CancellationToken cancellationToken = default) =>
        SendAsync("chat.postMessage", () => inner.PostMessageOnceAsync(teamId, channel, blocks, text, threadTs, key, cancellationToken));

    public Task<SlackPostResult> PostEphemeralAsync(string? teamId, string channel, string userId, IReadOnlyList<Block>? blocks, string text, CancellationToken cancellationToken = default) =>
        SendAsync("chat.postEphemeral", () => inner.PostEphemeralAsync(teamId, channel, userId, blocks, text, cancellationToken));

    public async Task<SlackPostResult> PostToResponseUrlAsync(Uri responseUrl, SlackResponseMessage message, CancellationToken cancellationToken = default)
    {
        using var secret = ResponseUrlRedaction.Begin(responseUrl);
        return await SendAsync("response_url", () => inner.PostToResponseUrlAsync(responseUrl, message, cancellationToken));
    }

    public Task<string?> GetUserTimeZoneAsync(string? teamId, string userId, CancellationToken cancellationToken = default) =>
        inner.GetUserTimeZoneAsync(teamId, userId, cancellationToken);

    // Thread titles, statuses and prompts (assistant.threads.*) are no message to anyone: their HTTP spans suffice.
    public Task<SlackPostResult> CallMethodAsync(string? teamId, string method, object body, CancellationToken cancellationToken = default) =>
        inner.CallMethodAsync(teamId, method, body, cancellationToken);

    public Task<SlackOAuthResult> ExchangeOAuthCodeAsync(string code, string redirectUri, CancellationToken cancellationToken = default) =>
        inner.ExchangeOAuthCodeAsync(code, redirectUri, cancellationToken);

    private Task<SlackPostResult> SendAsync(string operation, Func<Task<SlackPostResult>> send) =>
        DeliverySpan.MeasureAsync(metrics, Channel, operation, send,
            result => result.Ok ? DeliverySpan.Sent : SnakeCase(result.Error.ToString()));

    /// <summary>`ChannelNotFound` → `channel_not_found`, the way Slack spells its errors.</summary>
    private static string SnakeCase(string name) => Capital().Replace(name, "_$0").ToLowerInvariant();

    [GeneratedRegex("(?<!^)[A-Z]")]
    private static partial Regex Capital();
}
