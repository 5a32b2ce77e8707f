namespace ResBot.Bot.Channels.Teams.Authentication;

/// <summary>The verdict on a request: a caller, or a status code with a reason for the log.</summary>
internal sealed record AuthenticationOutcome(CallerIdentity? Caller, int StatusCode, string? Reason)
{
    public bool Succeeded => Caller is not null;

    public static AuthenticationOutcome Accept(CallerIdentity caller) => new(caller, StatusCodes.Status200OK, null);

    public static AuthenticationOutcome Unauthorized(string reason) => new(null, StatusCodes.Status401Unauthorized, reason);

    public static AuthenticationOutcome Forbidden(string reason) => new(null, StatusCodes.Status403Forbidden, reason);

    public static AuthenticationOutcome Unavailable(string reason) => new(null, StatusCodes.Status503ServiceUnavailable, reason);
}
