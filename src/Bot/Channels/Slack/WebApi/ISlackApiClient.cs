using ResBot.Bot.Channels.Slack.Blocks;

namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// Slack's Web API as the bot uses it. Failures come back as <see cref="SlackPostResult"/>, never as exceptions,
/// so callers decide per error code (a digest stops writing to a channel that is gone).
/// </summary>
public interface ISlackApiClient
{
    /// <summary>
    /// `chat.postMessage` with the bot token of <paramref name="teamId"/> (its OAuth installation, else `Slack:BotToken`).
    /// </summary>
    /// <param name="threadTs">Answer in this thread; null for a new message.</param>
    Task<SlackPostResult> PostMessageAsync(string? teamId, string channel, IReadOnlyList<Block>? blocks, string text, string? threadTs = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// `chat.postMessage` that is safe to attempt again: the message carries <paramref name="key"/>'s ids in its metadata,
    /// and when an earlier attempt may have been posted the conversation is read back first (`conversations.history`, or
    /// `conversations.replies` in a thread, with `include_all_metadata`): found, its ts is returned and nothing is sent.
    /// A check that cannot be made comes back as <see cref="SlackApiError.OutcomeUnknown"/>, never as a blind resend.
    /// </summary>
    Task<SlackPostResult> PostMessageOnceAsync(string? teamId, string channel, IReadOnlyList<Block>? blocks, string text, string? threadTs,
        SlackDeliveryKey key, CancellationToken cancellationToken = default);

    /// <summary>`chat.postEphemeral`: a message only <paramref name="userId"/> sees.</summary>
    Task<SlackPostResult> PostEphemeralAsync(string? teamId, string channel, string userId, IReadOnlyList<Block>? blocks, string text, CancellationToken cancellationToken = default);

    /// <summary>Answers through the `response_url` of a slash command or an interaction (no token needed).</summary>
    Task<SlackPostResult> PostToResponseUrlAsync(Uri responseUrl, SlackResponseMessage message, CancellationToken cancellationToken = default);

    /// <summary>`users.info`: the user's IANA time zone ("Europe/Paris"), or null when Slack does not say.</summary>
    Task<string?> GetUserTimeZoneAsync(string? teamId, string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Any other Web API method whose answer the bot reads no further than ok/error (the `assistant.threads.*`
    /// methods), with a JSON body and the bot token of <paramref name="teamId"/>.
    /// </summary>
    Task<SlackPostResult> CallMethodAsync(string? teamId, string method, object body, CancellationToken cancellationToken = default);

    /// <summary>`oauth.v2.access`: exchanges an install's code for the workspace's bot token.</summary>
    Task<SlackOAuthResult> ExchangeOAuthCodeAsync(string code, string redirectUri, CancellationToken cancellationToken = default);
}
