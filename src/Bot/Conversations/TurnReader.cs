using ResBot.Bot.Digests;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Conversations;

/// <summary>
/// Reads a turn on any channel: a button's action, the few fixed commands (help, language, digest subscriptions)
/// in the three languages, and everything else as a question for the core. One set of command words for every
/// channel. Pure: no store, no clock.
/// </summary>
public static class TurnReader
{
    /// <summary>Help words, with the language they ask for help in; "?" asks in the user's own.</summary>
    private static readonly Dictionary<string, Language?> HelpWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = Language.En,
        ["/help"] = Language.En,
        ["aide"] = Language.Fr,
        ["/aide"] = Language.Fr,
        ["مساعدة"] = Language.Ar,
        ["المساعدة"] = Language.Ar,
        ["?"] = null,
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

    public static TurnIntent Read(Turn turn)
    {
        if (turn.Action is { } action)
            return new TurnIntent.Press(action);
        var text = turn.Text.Trim();
        if (text.Length == 0)
            return new TurnIntent.Help(null);
        if (HelpWords.TryGetValue(text.TrimEnd('?', '!', '.', '؟', ' ') is { Length: > 0 } word ? word : text, out var helpLanguage))
            return new TurnIntent.Help(helpLanguage);
        if (ReadLanguageChoice(text) is { } choice)
            return choice;
        if (SubscriptionCommandParser.Parse(text) is { } subscription)
            return new TurnIntent.Subscription(subscription);
        return new TurnIntent.Ask(text);
    }

    private static TurnIntent.ChooseLanguage? ReadLanguageChoice(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var isKeyword = words[0].Equals(LanguageKeyword, StringComparison.OrdinalIgnoreCase);
        if (!isKeyword && !(words.Length == 2 && TranslatedLanguageKeywords.Contains(words[0])))
            return null;
        if (words.Length == 2 && LanguageNames.TryGetValue(words[1], out var chosen))
            return new TurnIntent.ChooseLanguage(chosen);
        return isKeyword ? new TurnIntent.ChooseLanguage(null) : null;
    }
}
