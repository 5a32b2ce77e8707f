using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>The HTTP response body to `composeExtension/query`.</summary>
public sealed record MessagingExtensionResponse(
    [property: JsonPropertyName("composeExtension")] MessagingExtensionResult ComposeExtension);
