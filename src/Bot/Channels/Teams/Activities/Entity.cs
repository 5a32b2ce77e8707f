using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>An activity entity; ResBot reads mentions (type "mention") and the client's time zone (type "clientInfo"), and passes the rest through.</summary>
public sealed record Entity
{
    public const string MentionType = "mention";

    /// <summary>What Teams says about the sender's client: locale, country, platform and time zone.</summary>
    public const string ClientInfoType = "clientInfo";

    [JsonPropertyName("type")] public string? Type { get; init; }

    /// <summary>Mention: who is mentioned.</summary>
    [JsonPropertyName("mentioned")] public ChannelAccount? Mentioned { get; init; }

    /// <summary>Mention: the mention as it appears in the text, "&lt;at&gt;ResBot&lt;/at&gt;".</summary>
    [JsonPropertyName("text")] public string? Text { get; init; }

    /// <summary>clientInfo: the user's IANA time zone, "Asia/Riyadh".</summary>
    [JsonPropertyName("timezone")] public string? Timezone { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; init; }
}
