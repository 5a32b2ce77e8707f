using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>`msteams: {type: "imBack", value}` on Action.Submit data: Teams posts the value as the user's message.</summary>
public sealed record TeamsImBack(
    [property: JsonPropertyName("value")] string Value)
{
    [JsonPropertyName("type")] public string Type { get; init; } = "imBack";
}
