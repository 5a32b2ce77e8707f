namespace ResBot.Bot.Channels.Slack.Answering;

/// <summary>A notification line from a markdown message: Slack shows `text` raw, so the emphasis marks go.</summary>
internal static class SlackMarkdownText
{
    public static string ToPlain(string markdown) => markdown.Replace("*", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
}
