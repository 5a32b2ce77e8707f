namespace ResBot.Bot.Digests;

/// <summary>A message that may be a subscription command, as a channel hands it over.</summary>
/// <param name="Platform">"msteams" or "slack".</param>
/// <param name="ConversationId">Where the subscription belongs: the channel in a channel, else the chat.</param>
/// <param name="UserId">Who typed it.</param>
/// <param name="Text">The text, with the bot's mention (or the slash command name) already removed.</param>
/// <param name="UserTimeZone">The user's IANA time zone where the channel gives it (Teams `localTimezone`, Slack `users.info` tz).</param>
public sealed record SubscriptionRequest(string Platform, string ConversationId, string? UserId, string Text, string? UserTimeZone = null);
