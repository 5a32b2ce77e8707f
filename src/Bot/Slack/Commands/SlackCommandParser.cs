using System.Text.RegularExpressions;
using ResBot.Bot.Slack.Blocks;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Slack.Commands;

/// <summary>
/// Reads the few fixed commands (help, language) in the three languages; everything else is a question,
/// left for the core to understand.
/// </summary>
public static partial class SlackCommandParser
{
    private static readonly Dictionary<string, Language?> HelpWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = null,
        ["?"] = null,
        ["aide"] = Language.Fr,
        ["مساعدة"] = Language.Ar,
    };

    // "lang" is ResBot's own keyword in every language; the translated ones only count with a language after them,
    // so "langue officielle ?" stays a question.
    private const string LanguageKeyword = "lang";
    private static readonly HashSet<string> TranslatedLanguageKeywords = new(StringComparer.OrdinalIgnoreCase) { "language", "langue", "لغة", "اللغة" };

    private static readonly Dictionary<string, Language> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = Language.Ar, ["arabic"] = Language.Ar, ["arabe"] = Language.Ar, ["العربية"] = Language.Ar, ["عربي"] = Language.Ar,
        ["en"] = Language.En, ["english"] = Language.En, ["anglais"] = Language.En, ["الإنجليزية"] = Language.En, ["الانجليزية"] = Language.En,
        ["fr"] = Language.Fr, ["french"] = Language.Fr, ["français"] = Language.Fr, ["francais"] = Language.Fr, ["الفرنسية"] = Language.Fr,
    };

    public static SlackCommand Parse(string? text)
    {
        var clean = Clean(text);
        if (clean.Length == 0)
            return new SlackCommand(SlackCommandKind.Help, "");
        if (HelpWords.TryGetValue(clean, out var helpLanguage))
            return new SlackCommand(SlackCommandKind.Help, clean, helpLanguage);

        var words = clean.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var isKeyword = words[0].Equals(LanguageKeyword, StringComparison.OrdinalIgnoreCase);
        if (isKeyword || (words.Length == 2 && TranslatedLanguageKeywords.Contains(words[0])))
        {
            if (words.Length == 2 && LanguageNames.TryGetValue(words[1], out var chosen))
                return new SlackCommand(SlackCommandKind.SetLanguage, clean, chosen);
            if (isKeyword)
                return new SlackCommand(SlackCommandKind.SetLanguage, clean);
        }
        return new SlackCommand(SlackCommandKind.Ask, clean);
    }

    /// <summary>
    /// The text as the user typed it: Slack escapes &amp; &lt; &gt; and writes mentions as &lt;@U123&gt;;
    /// mentions of the bot carry no meaning for the question.
    /// </summary>
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
