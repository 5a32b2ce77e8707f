using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>A list of results, each a card with its preview.</summary>
public sealed record MessagingExtensionResult(
    [property: JsonPropertyName("attachments")] IReadOnlyList<Attachment> Attachments)
{
    [JsonPropertyName("type")] public string Type { get; init; } = "result";
    [JsonPropertyName("attachmentLayout")] public string AttachmentLayout { get; init; } = "list";
}
