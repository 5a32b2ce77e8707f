using System.Text.RegularExpressions;
using ResBot.Bot.Channels.Slack.Blocks;

namespace ResBot.Bot.Channels.Slack.Commands;

/// <summary>
/// The text of a `/resbot` command, a mention or a direct message as the user typed it: Slack escapes &amp; &lt; &gt;
/// and writes mentions as &lt;@U123&gt;; mentions of the bot carry no meaning for the conversation.
/// </summary>
public static partial class SlackText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var withoutMentions = UserMention().Replace(text, " ");
        return Whitespace().Replace(SlackMarkdown.Unescape(withoutMentions), " ").Trim();
    }

    [GeneratedRegex(@"<@[UW][A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
