namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// Slack's `{"ok":false,"error":"…"}` codes that callers act on; the raw code is kept beside it in
/// <see cref="SlackPostResult.ErrorCode"/> for the log.
/// </summary>
public enum SlackApiError
{
    None,

    /// <summary>The channel does not exist or the bot cannot see it: stop sending there.</summary>
    ChannelNotFound,

    /// <summary>The bot is not a member of the channel: it must be invited.</summary>
    NotInChannel,

    /// <summary>The channel was archived: stop sending there.</summary>
    IsArchived,

    /// <summary>The token is wrong, revoked, or the app was uninstalled: reinstall or fix the configuration.</summary>
    InvalidAuth,

    /// <summary>The token lacks a scope the call needs (see the manifest).</summary>
    MissingScope,

    /// <summary>No token is configured for the workspace.</summary>
    NoToken,

    /// <summary>Slack rejected the message's content (blocks or text).</summary>
    InvalidMessage,

    /// <summary>The response_url expired (30 minutes) or was used 5 times.</summary>
    ResponseUrlExpired,

    /// <summary>Still rate limited after waiting as long as Slack asked.</summary>
    RateLimited,

    /// <summary>
    /// Slack did not take the request, for sure (the connection could not be opened, or it answered 502/503 or something
    /// other than its API): sending again cannot make a second message.
    /// </summary>
    Unavailable,

    /// <summary>
    /// The request may have reached Slack, but no answer came back (a timeout, a connection dropped mid-answer, a 500
    /// or 504): a message may or may not have been posted. Never resent blindly; see <see cref="SlackDelivery"/>.
    /// </summary>
    OutcomeUnknown,

    /// <summary>Any other code: see <see cref="SlackPostResult.ErrorCode"/>.</summary>
    Other,
}
