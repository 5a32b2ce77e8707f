using ResBot.Knowledge.Parsing;
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
        Named.Matches(question).Select(m => m.Groups["title"].Value).ToList();

    // The title runs to the next punctuation after "the resolution on", or to the next resolution named ("… and the
    // resolution on …", "… والقرار الخاص بـ …") or the one asked ("… aux États membres", "… من الأمين العام"), and is the few words before "resolution" in
    // "the cyber-security resolution" (no verb or preposition among them: "the Secretary-General asked in the
    // resolution on …" names no title before "resolution") or after a bare Arabic "قرار". « La résolution du Conseil »
    // says who adopted it, not what it is about.
    private static readonly Regex Named = SpellingVariants.Regex(@"(?<!\p{L})(?:(?:the|this|that)\s+(?:res(?:olution)?\.?|text)\s+(?:on|about|concerning|regarding|relating\s+to|dealing\s+with|that\s+deals\s+with)\s+(?<title>[^,;:?!]{2,80}?)(?=\s+(?:ask|asks|asked|say|says|said|does|do|did|is|are|want|wants|request|requests|urge|urges|call|calls)(?!\p{L})|\s+(?:and|or)\s+(?:the|this|that)\s|\s*[,;:?!]|\s*$)|(?:the|this|that)\s+(?<title>(?:(?!(?:the|a|an|in|of|to|by|for|on|at|from|with|and|or|is|are|was|were|be|been|asked|ask|asks|does|did|do|say|says|said)(?!\p{L}))[\p{L}\-]+\s+){0,3}(?!(?:the|a|an|in|of|to|by|for|on|at|from|with|and|or|is|are|was|were|asked|does|did|do|say|says|said)(?!\p{L}))[\p{L}\-]+)\s+(?:res(?:olution)?|text)(?!\p{L})|(?:la|cette)\s+r[ée]so(?:lution)?\s+(?:sur|relative\s+à|relative\s+au|concernant|consacrée\s+à|consacrée\s+au|portant\s+sur)\s*(?<title>[^,;:?!]{2,80}?)(?=\s+(?:et|ou)\s+(?:la|celle|cette)\s|\s+(?:aux?|du|des)\s+(?:États|Etats|pays|Secrétaire|secrétariat|médias|membres|gouvernements)|\s*[,;:?!]|\s*$)|(?:[وف]?ال)?قرار\s+(?:الخاص|المتعلق|المعني|الذي\s+يتناول|بشأن|حول)(?!\p{L})\s*(?<title>[^,،;؛:?؟!]{2,80}?)(?=\s+و?(?:ال)?قرار|\s+(?:من|إلى|الى|على)\s+ال|\s*[,،;؛:?؟!]|\s*$)|(?<!(?:أي|اي|ما|هو|وهو)\s+)قرار\s+(?!(?:رقم|الذي|التي|من|في|عن)(?!\p{L}))(?<title>\p{L}+(?:\s+\p{L}+){0,4}))", RegexOptions.IgnoreCase);
}
