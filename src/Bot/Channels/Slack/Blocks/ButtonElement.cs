using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>A button; its <see cref="Value"/> comes back in the interaction payload when clicked.</summary>
public sealed record ButtonElement(
    [property: JsonPropertyName("text")] TextObject Text,
    [property: JsonPropertyName("action_id")] string ActionId,
    [property: JsonPropertyName("value")] string Value)
{
    public const int MaxTextLength = 75;
    public const int MaxValueLength = 2000;

    [JsonPropertyName("type")]
    public string Type => "button";

    /// <summary>"primary" or "danger"; null for the default look.</summary>
    [JsonPropertyName("style")]
    public string? Style { get; init; }
}
