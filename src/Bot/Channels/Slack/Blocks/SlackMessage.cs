using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>
/// A rendered message: blocks plus the plain <see cref="Text"/> Slack shows in notifications
/// and where blocks cannot be displayed.
/// </summary>
public sealed record SlackMessage(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("blocks")] IReadOnlyList<Block>? Blocks = null)
{
    /// <summary>Slack's limits on one message.</summary>
    public const int MaxBlocks = 50;
    public const int MaxTotalCharacters = 40_000;
}
