using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Citations;

/// <summary>One citation: <see cref="Position"/> n is the [n] marker in the message text.</summary>
public sealed record CitationClaim(
    [property: JsonPropertyName("position")] int Position,
    [property: JsonPropertyName("appearance")] CitationAppearance Appearance)
{
    [JsonPropertyName("@type")] public string SchemaType { get; init; } = "Claim";
}
