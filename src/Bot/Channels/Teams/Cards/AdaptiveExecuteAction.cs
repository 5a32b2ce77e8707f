using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>Action.Execute (Universal Actions): the data comes back in an `adaptiveCard/action` invoke.</summary>
public sealed record AdaptiveExecuteAction : AdaptiveAction
{
    [JsonPropertyName("verb")] public required string Verb { get; init; }
    /// <summary>A <see cref="Conversations.ConversationAction"/>; typed object so a channel's own fields (imBack) are written too.</summary>
    [JsonPropertyName("data")] public required object Data { get; init; }
}
