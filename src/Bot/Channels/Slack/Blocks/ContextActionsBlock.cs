using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>Actions shown as context under a message: here, the 👍/👎 feedback buttons of an answer.</summary>
public sealed record ContextActionsBlock([property: JsonPropertyName("elements")] IReadOnlyList<FeedbackButtonsElement> Elements) : Block
{
    public const int MaxElements = 5;
}
