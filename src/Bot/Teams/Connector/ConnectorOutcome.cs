namespace ResBot.Bot.Teams.Connector;

/// <summary>How the Bot Connector took an outbound activity.</summary>
public enum ConnectorOutcome
{
    Sent,

    /// <summary>The user blocked or removed the bot (403 MessageWritesBlocked); the conversation was marked inactive.</summary>
    Blocked,

    /// <summary>The conversation does not exist for this bot (404): deleted, or the app was never there.</summary>
    NotFound,

    /// <summary>Worth trying again later: 429, 5xx, 408, 401 (credentials), a timeout or a network failure.</summary>
    Transient,

    /// <summary>Refused for good as sent (another 4xx); logged.</summary>
    Failed,
}
