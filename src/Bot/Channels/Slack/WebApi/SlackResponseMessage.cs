using System.Text.Json.Serialization;
using ResBot.Bot.Channels.Slack.Blocks;

namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// A message for a slash command's acknowledgement or its `response_url`:
/// private to the user (`ephemeral`, the default) or visible to the channel (`in_channel`).
/// </summary>
public sealed record SlackResponseMessage(
    [property: JsonPropertyName("response_type")] string ResponseType,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("blocks")] IReadOnlyList<Block>? Blocks = null)
{
    public const string Ephemeral = "ephemeral";
    public const string InChannel = "in_channel";

    /// <summary>False so a button's answer comes as a new message rather than replacing the one clicked.</summary>
    [JsonPropertyName("replace_original")]
    public bool? ReplaceOriginal { get; init; }

    public static SlackResponseMessage Private(SlackMessage message) => new(Ephemeral, message.Text, message.Blocks);

    public static SlackResponseMessage Public(SlackMessage message) => new(InChannel, message.Text, message.Blocks);
}
