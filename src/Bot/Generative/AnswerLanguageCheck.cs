using System.Text.RegularExpressions;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Bot.Generative;

/// <summary>
/// Whether a generated text is, beyond doubt, in another language than the one asked for. A model that ignored
/// "Answer in Arabic" is not trusted with the answer: the user gets the extractive one, which quotes the corpus in
/// the question's language, rather than an English paragraph under the Arabic "AI-generated" label.
/// </summary>
internal static partial class AnswerLanguageCheck
{
    public static bool IsOtherThan(string generated, Language expected)
    {
        // Citation keys ("[38/4 ¶5]", "[LAS/SUM/365 (19) ¶2]") are the same in every language: they are no evidence.
        var (language, confident) = LanguageDetector.Guess(CitationKey().Replace(generated, " "));
        return confident && language != expected;
    }

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex CitationKey();
}
