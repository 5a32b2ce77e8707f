namespace ResBot.Bot.Teams.Connector;

/// <summary>What became of an outbound activity.</summary>
public enum ConnectorResult
{
    Sent,

    /// <summary>The user blocked or removed the bot; the conversation was marked inactive.</summary>
    Blocked,

    /// <summary>Anything else (after retries); logged.</summary>
    Failed,
}
