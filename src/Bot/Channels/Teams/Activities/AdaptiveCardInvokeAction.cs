using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>The pressed Action.Execute: its verb and data.</summary>
public sealed record AdaptiveCardInvokeAction
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("verb")] public string? Verb { get; init; }
    [JsonPropertyName("data")] public JsonElement? Data { get; init; }
}
