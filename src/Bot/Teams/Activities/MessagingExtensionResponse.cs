using System.Text.Json.Serialization;

namespace ResBot.Bot.Teams.Activities;

/// <summary>The HTTP response body to `composeExtension/query`.</summary>
public sealed record MessagingExtensionResponse(
    [property: JsonPropertyName("composeExtension")] MessagingExtensionResult ComposeExtension);
