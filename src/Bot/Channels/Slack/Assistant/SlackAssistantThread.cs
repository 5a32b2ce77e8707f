using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Assistant;

/// <summary>
/// The `assistant_thread` of `assistant_thread_started` and `assistant_thread_context_changed`: whose thread, in
/// which DM (<see cref="ChannelId"/>, "D…") and thread, and what the user was looking at (<see cref="Context"/>).
/// </summary>
public sealed record SlackAssistantThread(
    [property: JsonPropertyName("user_id")] string? UserId,
    [property: JsonPropertyName("channel_id")] string? ChannelId,
    [property: JsonPropertyName("thread_ts")] string? ThreadTs,
    [property: JsonPropertyName("context")] SlackAssistantContext? Context);
