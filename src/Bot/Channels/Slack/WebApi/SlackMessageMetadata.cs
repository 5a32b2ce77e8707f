using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// Slack message metadata (`metadata` of chat.postMessage: an `event_type` and a free-form `event_payload`), invisible to
/// users. The bot writes the ids of what a message delivers, so that after a failure whose outcome is unknown it can read
/// the conversation back (`include_all_metadata`) and tell whether the message is already there.
/// </summary>
internal sealed record SlackMessageMetadata(
    [property: JsonPropertyName("event_type")] string EventType,
    [property: JsonPropertyName("event_payload")] SlackMessageMetadata.Payload EventPayload)
{
    public const string DeliveryEventType = "resbot_delivery";

    /// <summary>Comma-separated delivery ids (metadata values are strings, numbers or booleans).</summary>
    internal sealed record Payload([property: JsonPropertyName("delivery_ids")] string? DeliveryIds);

    public static SlackMessageMetadata For(SlackDeliveryKey key) => new(DeliveryEventType, new Payload(string.Join(',', key.DeliveryIds)));

    /// <summary>True when this metadata is ours and names one of <paramref name="key"/>'s ids.</summary>
    public bool Delivers(SlackDeliveryKey key) =>
        EventType == DeliveryEventType && EventPayload.DeliveryIds is { } ids && ids.Split(',').Any(key.DeliveryIds.Contains);
}
