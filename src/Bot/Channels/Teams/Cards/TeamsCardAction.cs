using System.Text.Json.Serialization;
using ResBot.Bot.Conversations;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>A button's action with Teams' transport field: imBack sends the question as the user's own message.</summary>
public sealed record TeamsCardAction : ConversationAction
{
    [JsonPropertyName("msteams")] public TeamsImBack? Teams { get; init; }

    /// <summary>An example question: Teams posts it as if typed (imBack); elsewhere the action asks it.</summary>
    public static TeamsCardAction Typed(string question, string? language = null) =>
        new() { Kind = Ask, Question = question, Language = language, Teams = new TeamsImBack(question) };
}
