namespace ResBot.Bot.Storage;

/// <summary>
/// What the bot needs to write into a conversation later (digests): stored when the bot is installed or spoken to.
/// </summary>
/// <param name="Platform">"msteams" or "slack".</param>
/// <param name="ConversationId">Teams conversation id, or Slack channel id.</param>
/// <param name="ServiceUrl">Teams: the serviceUrl of a validated inbound activity. Slack: null.</param>
/// <param name="TenantId">Teams tenant id, or Slack team id.</param>
/// <param name="BotId">The bot's account id in that conversation.</param>
/// <param name="Locale">The last locale seen there ("ar-SA"), used as the language prior.</param>
/// <param name="TimeZone">IANA time zone seen there (Teams localTimezone, Slack users.info tz), if any.</param>
/// <param name="Active">False once the platform refused writes (uninstalled, blocked).</param>
public sealed record ConversationReference(
    string Platform,
    string ConversationId,
    string? ServiceUrl,
    string? TenantId,
    string? BotId,
    string? Locale,
    string? TimeZone,
    bool Active = true);
