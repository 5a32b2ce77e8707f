namespace ResBot.Bot.Channels.Teams.Connector;

/// <summary>What became of an outbound activity, after the connector client's own short retries.</summary>
/// <param name="Outcome">How the Bot Connector took it.</param>
/// <param name="ActivityId">The id the connector gave the posted activity (its ResourceResponse), when sent.</param>
/// <param name="RetryAfter">The connector's Retry-After, when it asked to wait longer than the client retries in-process.</param>
/// <param name="Detail">For logs: the HTTP status or the error; never a token.</param>
public sealed record ConnectorResult(ConnectorOutcome Outcome, string? ActivityId = null, TimeSpan? RetryAfter = null, string? Detail = null);
