namespace ResBot.Bot.Channels.Slack.Answering;

/// <summary>Who said something to the bot, and where: the workspace, the channel (or DM), the user.</summary>
public sealed record SlackOrigin(string? TeamId, string ChannelId, string UserId);
