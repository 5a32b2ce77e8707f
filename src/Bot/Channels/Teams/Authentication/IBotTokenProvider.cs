namespace ResBot.Bot.Channels.Teams.Authentication;

/// <summary>The bearer token the bot presents to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>A valid token, or null when the bot runs without credentials (local development).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
