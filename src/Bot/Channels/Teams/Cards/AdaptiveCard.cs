using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>An Adaptive Card, schema 1.5: the newest version Teams renders.</summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("$schema")] public string Schema { get; init; } = SchemaUrl;
    [JsonPropertyName("type")] public string Type { get; init; } = "AdaptiveCard";
    [JsonPropertyName("version")] public string Version { get; init; } = "1.5";

    /// <summary>Right-to-left layout (Arabic). Introduced in schema 1.5.</summary>
    [JsonPropertyName("rtl")] public bool? Rtl { get; init; }
    [JsonPropertyName("lang")] public string? Lang { get; init; }

    /// <summary>What clients that cannot render the card show instead.</summary>
    [JsonPropertyName("fallbackText")] public string? FallbackText { get; init; }
    [JsonPropertyName("body")] public IReadOnlyList<AdaptiveElement> Body { get; init; } = [];
    [JsonPropertyName("actions")] public IReadOnlyList<AdaptiveAction>? Actions { get; init; }

    /// <summary>Teams-only: use the full width of the conversation, quotes are long.</summary>
    [JsonPropertyName("msteams")] public TeamsCardProperties? Teams { get; init; } = new();
}
