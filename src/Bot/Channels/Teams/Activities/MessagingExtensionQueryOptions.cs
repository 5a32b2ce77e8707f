using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>Paging of a messaging-extension query.</summary>
public sealed record MessagingExtensionQueryOptions
{
    [JsonPropertyName("skip")] public int? Skip { get; init; }
    [JsonPropertyName("count")] public int? Count { get; init; }
}
