namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>The outcome of exchanging an OAuth v2 code (`oauth.v2.access`).</summary>
public sealed record SlackOAuthResult(SlackPostResult Status, string? TeamId = null, string? TeamName = null, string? BotToken = null, string? BotUserId = null)
{
    public bool Ok => Status.Ok && TeamId is not null && BotToken is not null;
}
