using System.Text.Json.Serialization;
using ResBot.Bot.Channels.Slack.Assistant;

namespace ResBot.Bot.Channels.Slack.Events;

/// <summary>The inner event of an `event_callback`, with the fields of `app_mention`, `message` and the assistant events the bot reads.</summary>
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

    /// <summary>The user opened the app's assistant container: a new assistant thread (Slack's "Agents &amp; AI apps").</summary>
    public const string AssistantThreadStarted = "assistant_thread_started";

    /// <summary>The user moved to another channel with the assistant container open.</summary>
    public const string AssistantThreadContextChanged = "assistant_thread_context_changed";

    /// <summary>The thread of an assistant event.</summary>
    [JsonPropertyName("assistant_thread")]
    public SlackAssistantThread? AssistantThread { get; init; }
}
