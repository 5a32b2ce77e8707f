using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>Small grey text: citations, labels, notes.</summary>
public sealed record ContextBlock([property: JsonPropertyName("elements")] IReadOnlyList<TextObject> Elements) : Block
{
    public const int MaxElements = 10;
    public const int MaxElementTextLength = 2000;
}
