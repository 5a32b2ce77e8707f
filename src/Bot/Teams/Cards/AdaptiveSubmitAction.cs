using System.Text.Json.Serialization;

namespace ResBot.Bot.Teams.Cards;

/// <summary>Action.Submit: the data comes back as the `value` of a message activity.</summary>
public sealed record AdaptiveSubmitAction : AdaptiveAction
{
    [JsonPropertyName("data")] public required CardCommand Data { get; init; }
}
