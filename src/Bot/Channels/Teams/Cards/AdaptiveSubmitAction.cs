using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>Action.Submit: the data comes back as the `value` of a message activity.</summary>
public sealed record AdaptiveSubmitAction : AdaptiveAction
{
    /// <summary>A <see cref="Conversations.ConversationAction"/>; typed object so a channel's own fields (imBack) are written too.</summary>
    [JsonPropertyName("data")] public required object Data { get; init; }
}
