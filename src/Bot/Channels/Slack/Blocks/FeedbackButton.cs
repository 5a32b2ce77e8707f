using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>One button of a <see cref="FeedbackButtonsElement"/>; the accessibility label is read out instead of the emoji.</summary>
public sealed record FeedbackButton(
    [property: JsonPropertyName("text")] TextObject Text,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("accessibility_label")] string? AccessibilityLabel = null)
{
    public const int MaxAccessibilityLabelLength = 75;
}
