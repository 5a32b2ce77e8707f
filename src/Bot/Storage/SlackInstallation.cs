namespace ResBot.Bot.Storage;

/// <summary>A Slack workspace that installed ResBot through OAuth v2.</summary>
/// <param name="TeamId">The workspace id (T…).</param>
/// <param name="EncryptedBotToken">The xoxb- token, protected with ASP.NET Data Protection before it reaches the store.</param>
/// <param name="BotUserId">The bot's user id in that workspace (to ignore its own messages).</param>
public sealed record SlackInstallation(string TeamId, string? TeamName, string EncryptedBotToken, string? BotUserId, DateTimeOffset InstalledAt);
