using System.Text.Json.Serialization;

namespace ResBot.Bot.Teams.Cards;

/// <summary>Paragraph keys of one resolution, as a button carries them.</summary>
public sealed record ParagraphGroup(
    [property: JsonPropertyName("resolution")] string Resolution,
    [property: JsonPropertyName("paragraphs")] IReadOnlyList<string> Paragraphs);
