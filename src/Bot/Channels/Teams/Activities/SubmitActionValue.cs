using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>The value of a `message/submitAction` invoke: `{actionName: "feedback", actionValue: {reaction, feedback}}`.</summary>
public sealed record SubmitActionValue(
    [property: JsonPropertyName("actionName")] string? ActionName,
    [property: JsonPropertyName("actionValue")] FeedbackActionValue? ActionValue)
{
    public const string Feedback = "feedback";
}
