using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Citations;

/// <summary>
/// The schema.org Message entity Teams reads for AI-generated content: the "AI generated" label
/// (<see cref="AdditionalType"/>) and the citations behind the [1], [2] … markers of the message text
/// (Microsoft Teams, "Bot messages with AI-generated content").
/// </summary>
public sealed record MessageEntity
{
    public const string EntityType = "https://schema.org/Message";
    public const string AiGeneratedContent = "AIGeneratedContent";

    [JsonPropertyName("type")] public string Type { get; init; } = EntityType;
    [JsonPropertyName("@type")] public string SchemaType { get; init; } = "Message";
    [JsonPropertyName("@context")] public string Context { get; init; } = "https://schema.org";

    /// <summary>Teams' samples send an empty id; the entity describes the message it travels in.</summary>
    [JsonPropertyName("@id")] public string Id { get; init; } = "";

    /// <summary>["AIGeneratedContent"] on generated answers only: quoted clauses are the resolutions' own words.</summary>
    [JsonPropertyName("additionalType")] public IReadOnlyList<string>? AdditionalType { get; init; }

    [JsonPropertyName("citation")] public IReadOnlyList<CitationClaim>? Citation { get; init; }
}
