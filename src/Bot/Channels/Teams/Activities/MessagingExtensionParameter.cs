using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>One search box value; `initialRun` arrives when the extension opens with an empty box.</summary>
public sealed record MessagingExtensionParameter
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }

    public string? StringValue => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
