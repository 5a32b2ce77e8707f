using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Cards;

public sealed record AdaptiveTextBlock(
    [property: JsonPropertyName("text")] string Text) : AdaptiveElement
{
    [JsonPropertyName("wrap")] public bool Wrap { get; init; } = true;

    /// <summary>"Lighter", "Default", "Bolder".</summary>
    [JsonPropertyName("weight")] public string? Weight { get; init; }

    /// <summary>"Small", "Default", "Medium", "Large", "ExtraLarge".</summary>
    [JsonPropertyName("size")] public string? Size { get; init; }
    [JsonPropertyName("isSubtle")] public bool? IsSubtle { get; init; }

    /// <summary>"Default", "Accent", "Good", "Warning", "Attention".</summary>
    [JsonPropertyName("color")] public string? Color { get; init; }
}
