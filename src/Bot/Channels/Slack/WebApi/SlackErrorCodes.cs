namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>Slack's error strings, grouped into what a caller does about them.</summary>
internal static class SlackErrorCodes
{
    /// <summary>Our code for an HTTP 502 or 503: the request was not handled.</summary>
    public const string NotHandled = "http_unavailable";

    /// <summary>Our code for another HTTP 5xx: the request may have been handled.</summary>
    public const string MaybeHandled = "http_outcome_unknown";

    private static readonly Dictionary<string, SlackApiError> Table = new(StringComparer.Ordinal)
    {
        ["channel_not_found"] = SlackApiError.ChannelNotFound,
        ["not_in_channel"] = SlackApiError.NotInChannel,
        ["is_archived"] = SlackApiError.IsArchived,
        ["invalid_auth"] = SlackApiError.InvalidAuth,
        ["not_authed"] = SlackApiError.InvalidAuth,
        ["account_inactive"] = SlackApiError.InvalidAuth,
        ["token_revoked"] = SlackApiError.InvalidAuth,
        ["token_expired"] = SlackApiError.InvalidAuth,
        ["no_permission"] = SlackApiError.InvalidAuth,
        ["missing_scope"] = SlackApiError.MissingScope,
        ["invalid_blocks"] = SlackApiError.InvalidMessage,
        ["invalid_blocks_format"] = SlackApiError.InvalidMessage,
        ["msg_too_long"] = SlackApiError.InvalidMessage,
        ["msg_blocks_too_long"] = SlackApiError.InvalidMessage,
        ["no_text"] = SlackApiError.InvalidMessage,
        ["too_many_attachments"] = SlackApiError.InvalidMessage,
        ["expired_url"] = SlackApiError.ResponseUrlExpired,
        ["used_url"] = SlackApiError.ResponseUrlExpired,
        ["ratelimited"] = SlackApiError.RateLimited,
        ["rate_limited"] = SlackApiError.RateLimited,
        [NotHandled] = SlackApiError.Unavailable,
        [MaybeHandled] = SlackApiError.OutcomeUnknown,
    };

    public static SlackApiError Classify(string? code) =>
        code is not null && Table.TryGetValue(code, out var error) ? error : SlackApiError.Other;
}
