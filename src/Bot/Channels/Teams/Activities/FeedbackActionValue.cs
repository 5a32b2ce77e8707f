using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <param name="Reaction">"like" or "dislike".</param>
/// <param name="Feedback">What the user typed in Teams' dialog: a JSON string `{"feedbackText":"…"}` (or, from some clients, the object itself).</param>
public sealed record FeedbackActionValue(
    [property: JsonPropertyName("reaction")] string? Reaction,
    [property: JsonPropertyName("feedback")] JsonElement? Feedback);
