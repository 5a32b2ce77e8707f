using System.Text.Json.Serialization;

namespace ResBot.Bot.Slack.Events;

/// <summary>The inner event of an `event_callback`, with the fields of `app_mention` and `message` the bot reads.</summary>
public sealed record SlackEvent(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("subtype")] string? Subtype,
    [property: JsonPropertyName("user")] string? User,
    [property: JsonPropertyName("bot_id")] string? BotId,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("channel_type")] string? ChannelType,
    [property: JsonPropertyName("ts")] string? Ts,
    [property: JsonPropertyName("thread_ts")] string? ThreadTs)
{
    public const string AppMention = "app_mention";
    public const string Message = "message";
    public const string DirectMessageChannel = "im";
}
