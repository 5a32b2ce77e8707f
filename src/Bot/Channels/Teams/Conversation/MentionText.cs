using System.Net;
using System.Text.RegularExpressions;
using ResBot.Bot.Channels.Teams.Activities;

namespace ResBot.Bot.Channels.Teams.Conversation;

/// <summary>
/// The text of a message as the user meant it: without the bot's own &lt;at&gt; mention, which Teams puts in
/// every channel and group-chat message addressed to the bot; other people's mentions keep their names.
/// </summary>
internal static partial class MentionText
{
    public static string Strip(string? text, IReadOnlyList<Entity>? entities, string? botId)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var result = text;
        foreach (var mention in entities?.Where(e => e.Type == Entity.MentionType) ?? [])
        {
            var isBot = botId is not null && string.Equals(mention.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase);
            var markup = mention.Text ?? $"<at>{mention.Mentioned?.Name}</at>";
            if (markup.Length == 0)
                continue;
            result = result.Replace(markup, isBot ? " " : " " + (mention.Mentioned?.Name ?? "") + " ", StringComparison.OrdinalIgnoreCase);
        }
        // Teams may send the mention's surroundings as HTML (&nbsp; after the name).
        result = WebUtility.HtmlDecode(result).Replace('\u00A0', ' ');
        return Whitespace().Replace(result, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
