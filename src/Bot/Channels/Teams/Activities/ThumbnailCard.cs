using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>The preview of a messaging-extension result (Bot Framework thumbnail card).</summary>
public sealed record ThumbnailCard(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("subtitle")] string? Subtitle,
    [property: JsonPropertyName("text")] string Text);
