using ResBot.Knowledge.Parsing;
using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// What a question leaves out: "besides member States, whom does 38/1 ask …", "what does it call upon them to do,
/// as opposed to merely encouraging them?", « en dehors des exhortations, qui le Conseil invite-t-il … »,
/// "إلامَ دُعيت الدول الأعضاء عدا …". The words after the cue, up to the next comma, question mark or question word
/// ("apart from member States whom does …"), name who or what the answer must not be. Pure.
/// </summary>
public static partial class ExceptCue
{
    /// <summary>The question's text with the left-out phrase removed, and that phrase; the phrase is empty when none is.</summary>
    public static (string Kept, string LeftOut) Split(string question)
    {
        var match = Except.Match(question);
        return match.Success
            ? (question.Remove(match.Index, match.Length).Insert(match.Index, " "), match.Groups["excluded"].Value)
            : (question, "");
    }

    // Arabic "غير" is left out: it is the "non-" of "الشعوب غير المسلمة" far more often than "other than".
    private static readonly Regex Except = SpellingVariants.Regex(@"(?<!\p{L})(?:besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?|excluding|not\s+counting|(?:as\s+opposed\s+to|rather\s+than|instead\s+of)(?:\s+(?:merely|just|simply|only))?|en\s+dehors\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])|hormis|sauf|à\s+part|autres?\s+que|plutôt\s+que|ما\s+عدا|عدا|باستثناء|بخلاف|سوى)(?!\p{L})\s*(?<excluded>[^,،?؟;؛]+?)(?=\s+(?:who|whom|what|which|does|did|do|is|are|was|were|qui|que|quoi|quel|quels|quelle|quelles|ما|من|ماذا|هل)(?!\p{L})|\s*[,،?؟;؛]|\s*$)", RegexOptions.IgnoreCase);
}
