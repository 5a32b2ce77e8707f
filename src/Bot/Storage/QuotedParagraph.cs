using System.Text.Json.Serialization;

namespace ResBot.Bot.Storage;

/// <summary>One paragraph an answer quoted: its resolution key and paragraph key as the core names them ("38/4", "8").</summary>
public sealed record QuotedParagraph(
    [property: JsonPropertyName("r")] string Resolution,
    [property: JsonPropertyName("p")] string Paragraph);
