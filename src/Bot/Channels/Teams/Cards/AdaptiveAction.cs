using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>A card button.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveSubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(AdaptiveExecuteAction), "Action.Execute")]
public abstract record AdaptiveAction
{
    [JsonPropertyName("title")] public required string Title { get; init; }
}
