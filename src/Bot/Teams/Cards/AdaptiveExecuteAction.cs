using System.Text.Json.Serialization;

namespace ResBot.Bot.Teams.Cards;

/// <summary>Action.Execute (Universal Actions): the data comes back in an `adaptiveCard/action` invoke.</summary>
public sealed record AdaptiveExecuteAction : AdaptiveAction
{
    [JsonPropertyName("verb")] public required string Verb { get; init; }
    [JsonPropertyName("data")] public required CardCommand Data { get; init; }
}
