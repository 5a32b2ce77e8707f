using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>A paragraph of text.</summary>
public sealed record SectionBlock([property: JsonPropertyName("text")] TextObject Text) : Block
{
    public const int MaxTextLength = 3000;
}
