using System.Text.RegularExpressions;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Tells whether a message continues the conversation's last answer rather than asking something new: "and
/// paragraph 8?", "what did it ask the Secretary-General?", "ماذا عن الفقرة 8؟", "et le paragraphe 8 ?", "the whole
/// resolution", "in French please". Pure, and deliberately narrow: a message that names a resolution, or carries
/// none of these cues, is a question of its own, so a new topic is never answered from an old resolution.
/// </summary>
public static partial class FollowUpReader
{
    /// <summary>Words that only carry politeness or the request itself ("please show me …", "من فضلك", "s'il vous plaît").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "please", "pls", "now", "and", "then", "show", "me", "it", "give", "can", "could", "you", "i", "see", "want", "the", "same",
        "answer", "version", "in", "read", "all", "of", "that", "this", "one",
        "s", "il", "vous", "plait", "stp", "svp", "maintenant", "et", "montre", "montrez", "montrer", "affiche", "affichez", "afficher",
        "moi", "le", "la", "l", "en", "meme", "reponse", "donne", "donnez", "voir", "lire", "tout",
        "من", "فضلك", "لو", "سمحت", "الان", "اعرض", "اعرضه", "اعطني", "اريد", "نفس", "الاجابة", "و", "ثم", "هذا", "ذلك", "كل",
    };

    /// <summary>A language as a follow-up names it, accents, alef forms and the Arabic "بـ" ("in") already folded away.</summary>
    private static readonly Dictionary<string, Language> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["arabic"] = Language.Ar, ["arabe"] = Language.Ar, ["العربية"] = Language.Ar, ["عربي"] = Language.Ar, ["بالعربية"] = Language.Ar, ["بالعربي"] = Language.Ar,
        ["english"] = Language.En, ["anglais"] = Language.En, ["الانجليزية"] = Language.En, ["بالانجليزية"] = Language.En, ["الانكليزية"] = Language.En, ["بالانكليزية"] = Language.En,
        ["french"] = Language.Fr, ["francais"] = Language.Fr, ["الفرنسية"] = Language.Fr, ["بالفرنسية"] = Language.Fr,
    };

    private static readonly HashSet<string> WholeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "whole", "full", "entire", "complete", "entiere", "entier", "integral", "integrale", "toute", "entierement",
        "كاملا", "كامل", "الكامل", "كله", "بالكامل", "كاملة",
    };

    private static readonly HashSet<string> ResolutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "resolution", "text", "texte", "القرار", "النص", "قرار",
    };

    /// <summary>First words that continue a conversation: "and …?", "what about …?", "et …", "وماذا …", "ماذا عن …".</summary>
    private static readonly HashSet<string> ContinuationStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "also", "et", "aussi", "quid", "وماذا", "وما", "وهل", "وكيف", "ومتى", "واين", "ومن", "وبالنسبة",
    };

    private static readonly string[][] ContinuationPairs =
    [
        ["what", "about"], ["how", "about"], ["what", "else"], ["et", "pour"], ["qu", "en"], ["ماذا", "عن"], ["وماذا", "عن"], ["ما", "عن"],
    ];

    /// <summary>Words that point back at the last answer's resolution: "it", "elle", "this resolution", "هذا القرار".</summary>
    private static readonly HashSet<string> Anaphora = new(StringComparer.OrdinalIgnoreCase) { "it", "its", "elle", "celle-ci", "فيه", "منه" };

    private static readonly string[][] AnaphoricPairs =
    [
        ["this", "resolution"], ["that", "resolution"], ["same", "resolution"], ["cette", "resolution"], ["meme", "resolution"],
        ["هذا", "القرار"], ["ذلك", "القرار"], ["القرار", "نفسه"], ["نفس", "القرار"],
    ];

    public static FollowUp Read(string message)
    {
        if (string.IsNullOrWhiteSpace(message) || ReferenceParser.FindResolutions(message).Count > 0)
            return FollowUp.None;
        var words = Words(message);
        if (words.Count == 0)
            return FollowUp.None;

        // "in French please", "the text in Arabic": nothing but a language; "the whole resolution": nothing but wholeness.
        var meaningful = words.Where(w => !Fillers.Contains(w)).ToList();
        var named = meaningful.Where(w => !ResolutionWords.Contains(w)).ToList();
        if (named.Count == 1 && LanguageNames.TryGetValue(named[0], out var language))
            return new FollowUp(FollowUpKind.InLanguage, language);
        if (meaningful.Any(WholeWords.Contains) && meaningful.All(w => WholeWords.Contains(w) || ResolutionWords.Contains(w)))
            return new FollowUp(FollowUpKind.WholeResolution);

        if (ReferenceParser.FindParagraphs(message).Count > 0 || ContinuesFrom(words) || PointsBack(words))
            return new FollowUp(FollowUpKind.AboutPrevious);
        return FollowUp.None;
    }

    private static bool ContinuesFrom(IReadOnlyList<string> words) =>
        ContinuationStarts.Contains(words[0]) || ContinuationPairs.Any(pair => StartsWith(words, pair));

    private static bool PointsBack(IReadOnlyList<string> words) =>
        words.Any(Anaphora.Contains) || AnaphoricPairs.Any(pair => Contains(words, pair));

    private static bool StartsWith(IReadOnlyList<string> words, string[] pair) =>
        words.Count >= pair.Length && pair.Select((w, i) => string.Equals(words[i], w, StringComparison.OrdinalIgnoreCase)).All(same => same);

    private static bool Contains(IReadOnlyList<string> words, string[] pair)
    {
        for (var i = 0; i + pair.Length <= words.Count; i++)
        {
            if (pair.Select((w, j) => string.Equals(words[i + j], w, StringComparison.OrdinalIgnoreCase)).All(same => same))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Lower-case words without accents, Arabic diacritics or alef variants, so "Français", "francais" and "français"
    /// are one word, as are "كاملاً" and "كاملا", "الإنجليزية" and "الانجليزية". Hyphens split ("demande-t-elle").
    /// </summary>
    private static List<string> Words(string message)
    {
        var folded = new System.Text.StringBuilder(message.Length);
        foreach (var c in TextNormalizer.ToAsciiDigits(message).Normalize(System.Text.NormalizationForm.FormD))
        {
            var category = char.GetUnicodeCategory(c);
            if (category == System.Globalization.UnicodeCategory.NonSpacingMark || c == 'ـ')
                continue;
            folded.Append(c switch { 'أ' or 'إ' or 'آ' or 'ٱ' => 'ا', 'ى' => 'ي', _ => char.ToLowerInvariant(c) });
        }
        return Word().Matches(folded.ToString().Normalize(System.Text.NormalizationForm.FormC)).Select(m => m.Value).ToList();
    }

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Word();
}
