using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>A user or bot in a conversation (activity.from, activity.recipient, mentions).</summary>
public sealed record ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; init; }

    /// <summary>Fields ResBot does not read (role, …), kept so they go back as they came.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; init; }
}
