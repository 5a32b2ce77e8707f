using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>A composition text object: `plain_text` or `mrkdwn`.</summary>
public sealed record TextObject(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("text")] string Text)
{
    public static TextObject Plain(string text) => new("plain_text", text);

    /// <summary>Markdown: the caller escapes user and corpus text (see <see cref="SlackMarkdown"/>).</summary>
    public static TextObject Markdown(string text) => new("mrkdwn", text);
}
