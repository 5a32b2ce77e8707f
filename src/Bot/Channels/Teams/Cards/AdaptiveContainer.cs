using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Cards;

public sealed record AdaptiveContainer(
    [property: JsonPropertyName("items")] IReadOnlyList<AdaptiveElement> Items) : AdaptiveElement
{
    /// <summary>"default", "emphasis", "accent", "good", "attention", "warning".</summary>
    [JsonPropertyName("style")] public string? Style { get; init; }
}
