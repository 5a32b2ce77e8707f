using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Assistant;

/// <summary>The channel (and workspace) the user was viewing when the assistant thread opened or when they moved.</summary>
public sealed record SlackAssistantContext(
    [property: JsonPropertyName("channel_id")] string? ChannelId,
    [property: JsonPropertyName("team_id")] string? TeamId,
    [property: JsonPropertyName("enterprise_id")] string? EnterpriseId);
