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
    public static bool IsNamed(string question) => Named().IsMatch(question);

    [GeneratedRegex(@"(?<!\p{L})(?:(?:the|this|that)\s+(?:res(?:olution)?\.?|text)\s+(?:on|about|concerning|regarding|relating\s+to|dealing\s+with|that\s+deals\s+with)|(?:the|this|that)\s+[\p{L}\-]+(?:\s+[\p{L}\-]+){0,2}\s+(?:res(?:olution)?|text)(?!\p{L})|(?:la|cette)\s+r[ée]so(?:lution)?\s+(?:sur|relative\s+à|relative\s+au|concernant|consacrée\s+à|consacrée\s+au|portant\s+sur|du|de\s+la|de\s+l['’]|des)|(?:ال)?قرار\s+(?:الخاص|المتعلق|المعني|الذي\s+يتناول|بشأن|حول)(?!\p{L})|(?<!(?:أي|اي|ما|هو|وهو)\s+)قرار\s+(?!رقم|الذي|التي|من|في|عن)(?=\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex Named();
}
