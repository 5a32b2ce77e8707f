using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>The value of an `adaptiveCard/action` invoke (an Action.Execute press).</summary>
public sealed record AdaptiveCardInvokeValue
{
    [JsonPropertyName("action")] public AdaptiveCardInvokeAction? Action { get; init; }
}
