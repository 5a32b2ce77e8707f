using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Interactions;

/// <summary>The JSON in an interaction's `payload` form field, with the fields of `block_actions` the bot reads.</summary>
public sealed record SlackInteractionPayload(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("user")] SlackInteractionPayload.Entity? User,
    [property: JsonPropertyName("team")] SlackInteractionPayload.Entity? Team,
    [property: JsonPropertyName("channel")] SlackInteractionPayload.Entity? Channel,
    [property: JsonPropertyName("response_url")] string? ResponseUrl,
    [property: JsonPropertyName("trigger_id")] string? TriggerId,
    [property: JsonPropertyName("actions")] IReadOnlyList<SlackInteractionPayload.Action>? Actions)
{
    public const string BlockActions = "block_actions";

    public sealed record Entity([property: JsonPropertyName("id")] string? Id);

    public sealed record Action(
        [property: JsonPropertyName("action_id")] string? ActionId,
        [property: JsonPropertyName("value")] string? Value,
        [property: JsonPropertyName("action_ts")] string? ActionTs = null);
}
