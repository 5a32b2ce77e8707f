using System.Text.Json.Serialization;

namespace ResBot.Bot.Conversations;

/// <summary>Paragraphs of one resolution, as an action names them (keys as the core writes them: "5", "E.1").</summary>
public sealed record ParagraphGroup(
    [property: JsonPropertyName("resolution")] string Resolution,
    [property: JsonPropertyName("paragraphs")] IReadOnlyList<string> Paragraphs);
