namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>
/// Slack's text escaping: &amp;, &lt; and &gt; are control characters in message text
/// (`&lt;!channel&gt;` would notify everyone), so user and corpus text is escaped on the way out
/// and unescaped on the way in.
/// </summary>
public static class SlackMarkdown
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
}
