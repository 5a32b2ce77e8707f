using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Events;

/// <summary>An installation the event is visible to; for the bot's own, <see cref="UserId"/> is the bot user.</summary>
public sealed record SlackEventAuthorization(
    [property: JsonPropertyName("user_id")] string? UserId,
    [property: JsonPropertyName("is_bot")] bool IsBot);
