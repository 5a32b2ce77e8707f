using ResBot.Knowledge.Model;

namespace ResBot.Bot.Teams.Conversation;

/// <summary>Recognises a request for help ("help", "aide", "مساعدة") and the language it was asked in.</summary>
internal static class HelpRequest
{
    private static readonly Dictionary<string, Language> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = Language.En,
        ["/help"] = Language.En,
        ["aide"] = Language.Fr,
        ["/aide"] = Language.Fr,
        ["مساعدة"] = Language.Ar,
        ["المساعدة"] = Language.Ar,
    };

    public static bool TryMatch(string text, out Language language)
    {
        var word = text.Trim().TrimEnd('?', '!', '.', '؟', ' ');
        return Words.TryGetValue(word, out language);
    }
}
