namespace ResBot.Bot.Channels.Teams.Connector;

/// <summary>How the Bot Connector took an outbound activity.</summary>
public enum ConnectorOutcome
{
    Sent,

    /// <summary>The user blocked or removed the bot (403 MessageWritesBlocked): the conversation is to be marked inactive.</summary>
    Blocked,

    /// <summary>The conversation does not exist for this bot (404): deleted, or the app was never there.</summary>
    NotFound,

    /// <summary>
    /// Not delivered, and worth trying again later: 429, 502, 503, 408, 401 (credentials), no connection, no token.
    /// Sending again cannot make a second message.
    /// </summary>
    Transient,

    /// <summary>
    /// The post may have been delivered: a timeout, a connection reset while waiting, a 500 or 504. The Bot Connector
    /// offers no way to ask whether it arrived, so it is never resent (at most once).
    /// </summary>
    Ambiguous,

    /// <summary>Refused for good as sent (another 4xx); logged.</summary>
    Failed,
}
