using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>A large plain-text heading.</summary>
public sealed record HeaderBlock([property: JsonPropertyName("text")] TextObject Text) : Block
{
    public const int MaxTextLength = 150;
}
