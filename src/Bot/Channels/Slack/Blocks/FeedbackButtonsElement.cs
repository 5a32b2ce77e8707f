using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>
/// Slack's thumbs up/down pair (`feedback_buttons`, in a context actions block): the pressed button's value comes
/// back as the action's value in a `block_actions` interaction.
/// </summary>
public sealed record FeedbackButtonsElement(
    [property: JsonPropertyName("action_id")] string ActionId,
    [property: JsonPropertyName("positive_button")] FeedbackButton PositiveButton,
    [property: JsonPropertyName("negative_button")] FeedbackButton NegativeButton)
{
    [JsonPropertyName("type")]
    public string Type => "feedback_buttons";
}
