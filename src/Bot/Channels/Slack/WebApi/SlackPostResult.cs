namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>What happened to a message sent to Slack.</summary>
/// <param name="Error">What the caller should make of a failure; <see cref="SlackApiError.None"/> when it worked.</param>
/// <param name="ErrorCode">Slack's own error string ("channel_not_found"), for the log.</param>
/// <param name="Ts">The posted message's timestamp (its id in the channel), when Slack gives one.</param>
public sealed record SlackPostResult(SlackApiError Error, string? ErrorCode = null, string? Ts = null)
{
    public bool Ok => Error == SlackApiError.None;

    public static SlackPostResult Success(string? ts = null) => new(SlackApiError.None, null, ts);

    public static SlackPostResult Failure(string code) => new(SlackErrorCodes.Classify(code), code);

    public static SlackPostResult Failure(SlackApiError error, string code) => new(error, code);
}
