using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>A card attached to an activity or a messaging-extension result.</summary>
public sealed record Attachment
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    public const string ThumbnailCardType = "application/vnd.microsoft.card.thumbnail";

    [JsonPropertyName("contentType")] public required string ContentType { get; init; }
    [JsonPropertyName("content")] public object? Content { get; init; }

    /// <summary>Messaging-extension results: the hero or thumbnail card shown in the result list.</summary>
    [JsonPropertyName("preview")] public Attachment? Preview { get; init; }
}
