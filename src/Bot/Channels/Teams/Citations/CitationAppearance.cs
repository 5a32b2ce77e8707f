using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Citations;

/// <summary>
/// What Teams shows for a citation: <see cref="Name"/> and <see cref="Abstract"/> on hover, <see cref="Text"/> (a
/// stringified Adaptive Card) in the citation's dialog. The limits are Microsoft's (Teams SDK CitationAppearance).
/// </summary>
public sealed record CitationAppearance
{
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;
    public const int MaxKeywords = 3;
    public const int MaxKeywordLength = 28;

    [JsonPropertyName("@type")] public string SchemaType { get; init; } = "DigitalDocument";

    /// <summary>The citation's short form, "38/4 ¶5".</summary>
    [JsonPropertyName("name")] public required string Name { get; init; }

    /// <summary>The clause, cut to <see cref="MaxAbstractLength"/> characters.</summary>
    [JsonPropertyName("abstract")] public required string Abstract { get; init; }

    /// <summary>The whole clause and its full citation, as a stringified Adaptive Card.</summary>
    [JsonPropertyName("text")] public string? Text { get; init; }

    /// <summary>"application/vnd.microsoft.card.adaptive" when <see cref="Text"/> is a card.</summary>
    [JsonPropertyName("encodingFormat")] public string? EncodingFormat { get; init; }

    [JsonPropertyName("keywords")] public IReadOnlyList<string>? Keywords { get; init; }
}
