using System.Globalization;
using ResBot.Bot.Channels.Slack.Blocks;

namespace ResBot.Bot.Channels.Slack.Rendering;

/// <summary>Cuts text into pieces whose escaped form fits a Block Kit text limit, at word boundaries where possible.</summary>
internal static class TextSplitter
{
    public static IReadOnlyList<string> SplitEscaped(string text, int maxEscapedLength)
    {
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0)
        {
            var escaped = SlackMarkdown.Escape(rest);
            if (escaped.Length <= maxEscapedLength)
            {
                pieces.Add(escaped);
                break;
            }
            var cut = FittingPrefix(rest, maxEscapedLength);
            var space = rest.LastIndexOfAny([' ', '\n', '\t'], cut - 1, cut);
            // A word boundary in the second half of the piece; otherwise a hard cut (one enormous "word").
            if (space > cut / 2)
                cut = space;
            pieces.Add(SlackMarkdown.Escape(rest[..cut].TrimEnd()));
            rest = rest[cut..].TrimStart();
        }
        return pieces;
    }

    /// <summary>Cuts to a plain-text limit with an ellipsis, never inside a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;
        var cut = maxLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>The longest prefix length whose escaped form fits, not splitting a text element (surrogates, combining marks).</summary>
    private static int FittingPrefix(string text, int maxEscapedLength)
    {
        var length = 0;
        var escapedLength = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var grown = escapedLength + SlackMarkdown.Escape(element).Length;
            if (grown > maxEscapedLength)
                break;
            escapedLength = grown;
            length += element.Length;
        }
        return Math.Max(length, 1);
    }
}
