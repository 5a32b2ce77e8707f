using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>The `msteams` property of an Adaptive Card.</summary>
public sealed record TeamsCardProperties
{
    [JsonPropertyName("width")] public string Width { get; init; } = "Full";
}
