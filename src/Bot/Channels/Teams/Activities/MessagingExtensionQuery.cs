using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>The value of a `composeExtension/query` invoke.</summary>
public sealed record MessagingExtensionQuery
{
    [JsonPropertyName("commandId")] public string? CommandId { get; init; }
    [JsonPropertyName("parameters")] public IReadOnlyList<MessagingExtensionParameter>? Parameters { get; init; }
    [JsonPropertyName("queryOptions")] public MessagingExtensionQueryOptions? QueryOptions { get; init; }
}
