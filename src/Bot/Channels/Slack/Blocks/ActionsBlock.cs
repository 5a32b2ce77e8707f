using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>A row of buttons.</summary>
public sealed record ActionsBlock([property: JsonPropertyName("elements")] IReadOnlyList<ButtonElement> Elements) : Block
{
    public const int MaxElements = 25;
}
