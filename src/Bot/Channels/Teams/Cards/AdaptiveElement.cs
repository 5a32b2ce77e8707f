using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>An element of a card body; the JSON `type` is written from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveTextBlock), "TextBlock")]
[JsonDerivedType(typeof(AdaptiveContainer), "Container")]
public abstract record AdaptiveElement
{
    [JsonPropertyName("id")] public string? Id { get; init; }

    /// <summary>"None", "Small", "Default", "Medium", "Large", "ExtraLarge".</summary>
    [JsonPropertyName("spacing")] public string? Spacing { get; init; }
    [JsonPropertyName("separator")] public bool? Separator { get; init; }
}
