using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Whether a question names a resolution by what it is about instead of its number: "the resolution on the OIC-CERT",
/// "the cyber-security resolution", « la résolution sur le Fonds de solidarité numérique », « la résolution relative
/// à … », "القرار الخاص بصندوق التضامن الرقمي", "قرار صندوق التضامن الرقمي" (a bare "قرار" before a noun; not "أي قرار"). Which resolution it names is the title's to say
/// (<see cref="QuestionReader"/>). Pure.
/// </summary>
public static partial class TitleCue
{
    /// <summary>
    /// The words that say what each resolution named so is about ("the OIC-CERT", "الشؤون الإعلامية"): none when the
    /// question names none so, two for "the digital fund resolution and the CERT resolution".
    /// </summary>
    public static IReadOnlyList<string> TitleWords(string question) =>
        Named().Matches(question).Select(m => m.Groups["title"].Value).ToList();

    // The title runs to the next punctuation after "the resolution on", and is the few words before "resolution" in
    // "the cyber-security resolution" or after a bare Arabic "قرار".
    [GeneratedRegex(@"(?<!\p{L})(?:(?:the|this|that)\s+(?:res(?:olution)?\.?|text)\s+(?:on|about|concerning|regarding|relating\s+to|dealing\s+with|that\s+deals\s+with)\s+(?<title>[^,;:?!]{2,80})|(?:the|this|that)\s+(?<title>[\p{L}\-]+(?:\s+[\p{L}\-]+){0,3})\s+(?:res(?:olution)?|text)(?!\p{L})|(?:la|cette)\s+r[ée]so(?:lution)?\s+(?:sur|relative\s+à|relative\s+au|concernant|consacrée\s+à|consacrée\s+au|portant\s+sur|du|de\s+la|de\s+l['’]|des)\s*(?<title>[^,;:?!]{2,80})|(?:ال)?قرار\s+(?:الخاص|المتعلق|المعني|الذي\s+يتناول|بشأن|حول)(?!\p{L})\s*(?<title>[^,،;؛:?؟!]{2,80})|(?<!(?:أي|اي|ما|هو|وهو)\s+)قرار\s+(?!رقم|الذي|التي|من|في|عن)(?<title>\p{L}+(?:\s+\p{L}+){0,4}))", RegexOptions.IgnoreCase)]
    private static partial Regex Named();
}
