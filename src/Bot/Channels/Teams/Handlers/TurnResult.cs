namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>The HTTP answer to the connector's request; invokes carry their response in <see cref="Body"/>.</summary>
internal sealed record TurnResult(int StatusCode, object? Body = null)
{
    public static readonly TurnResult Ok = new(StatusCodes.Status200OK);
}
