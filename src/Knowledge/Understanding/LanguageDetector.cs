using ResBot.Knowledge.Parsing;
using System.Text.RegularExpressions;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Tells Arabic, English and French apart from the text itself. A caller's locale is a prior:
/// it decides only when the text gives no clear evidence ("38/4?", "OIC-CERT").
/// </summary>
public static partial class LanguageDetector
{
    private static readonly HashSet<string> FrenchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "des", "du", "de", "que", "qui", "quoi", "quel", "quelle", "quels", "quelles", "est", "sont",
        "une", "aux", "au", "pour", "sur", "dans", "avec", "résolution", "états", "membres", "demande", "demandé",
        "secrétaire", "général", "paragraphe", "et", "ce", "cette", "il", "elle", "a-t-elle", "dit", "qu", "l", "d",
        "fonds", "solidarité", "numérique", "conseil", "ministres", "affaires", "étrangères", "ou", "par", "été",
        "quand", "combien", "où", "pourquoi", "comment", "est-ce", "ne", "pas", "se", "sa", "son", "ses", "leurs", "nous",
        "vous", "je", "j", "c", "un", "tombe", "lui", "leur", "dont", "très", "selon", "partie", "alinéa", "préambule", "dispositif",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "what", "did", "does", "do", "is", "are", "of", "to", "ask", "asked", "asks", "which", "who", "about",
        "resolution", "member", "states", "say", "said", "show", "me", "and", "on", "in", "for", "paragraph", "with",
        "how", "was", "were", "request", "requested", "urge", "urged", "call", "calls", "secretary", "general", "fund",
        "digital", "solidarity", "council", "foreign", "ministers", "any", "all", "tell", "give", "part", "preamble", "why", "when", "where",
    };

    /// <summary>The language of <paramref name="text"/>, or <paramref name="prior"/> (else English) when the text does not say.</summary>
    public static Language Detect(string text, Language? prior = null)
    {
        var (language, confident) = Guess(text);
        return confident || prior is null ? language : prior.Value;
    }

    /// <summary>The most likely language and whether the evidence is clear.</summary>
    public static (Language Language, bool Confident) Guess(string text)
    {
        // A quoted title in another language ("… « Interaction avec les médias étrangers » …") is not the question's language.
        var unquoted = Quoted().Replace(text, " ");
        if (Words.IsMatch(unquoted))
            text = unquoted;
        // Words, not letters, decide the script: "ماذا عن OIC-CERT؟" is an Arabic question about a Latin acronym;
        // the Arabic question mark counts as an Arabic word, so "متى يوافق OIC Day؟" is Arabic too.
        // A section's letter ("38/1 section C") is no language's word: the C must not read as the
        // French "c" and make a bare reference French.
        text = SectionLabel().Replace(text, " ");
        var words = Words.Matches(text).Select(m => m.Value).ToList();
        var arabicWords = words.Count(IsArabic);
        var latinWords = words.Count - arabicWords;
        if ((arabicWords + (text.Contains('؟') ? 1 : 0) > latinWords && !IsArabicNameInLatinQuestion(words)) || IsLatinNameInArabicQuestion(words))
            return (Language.Ar, arabicWords >= 1);
        words = words.Where(w => !IsArabic(w)).ToList();

        // A letter after "section" or "part" names it ("38/1 section C"): it is not French "c'" typed without its apostrophe.
        var french = words.Where((w, i) => FrenchWords.Contains(w) && !(w.Length == 1 && i > 0 && SectionWords.Contains(words[i - 1]))).Count()
                     + text.Count(c => "éèêàçùâîôûëïœ".Contains(char.ToLowerInvariant(c)));
        var english = words.Count(EnglishWords.Contains);
        if (french > english)
            return (Language.Fr, french - english >= 1 && french >= 2);
        if (english > french)
            return (Language.En, english >= 2 || (english >= 1 && french == 0 && words.Count <= 3));
        return (Language.En, false);
    }

    private static readonly HashSet<string> SectionWords = new(StringComparer.OrdinalIgnoreCase) { "section", "part", "partie", "sous-section" };

    /// <summary>Arabic words that ask: a question holding one is Arabic whatever names it quotes.</summary>
    private static readonly HashSet<string> ArabicQuestionWords = ["ماذا", "ما", "هل", "من", "متى", "كيف", "لماذا", "أين", "اين", "كم", "أي", "اي", "مين", "شو"];

    /// <summary>
    /// "Why was فخامة الرئيس عبد الله واد thanked?": one run of Arabic words that asks nothing, inside a question whose
    /// grammar words are English or French, is a name the user copied; the question is in the other language.
    /// </summary>
    private static bool IsArabicNameInLatinQuestion(List<string> words)
    {
        var first = words.FindIndex(IsArabic);
        var last = words.FindLastIndex(IsArabic);
        if (first <= 0 || words.Skip(first).Take(last - first + 1).Any(w => !IsArabic(w) || ArabicQuestionWords.Contains(w)))
            return false;
        return words.Count(w => !IsArabic(w) && (EnglishWords.Contains(w) || FrenchWords.Contains(w))) >= 2;
    }

    /// <summary>
    /// "أين يُذكر الـ Standing Committee for Information and Cultural Affairs في القرار 38/3؟": one run of Latin words
    /// inside a question that asks in Arabic is a name the user copied, however many words it has.
    /// </summary>
    private static bool IsLatinNameInArabicQuestion(List<string> words)
    {
        var first = words.FindIndex(w => !IsArabic(w));
        var last = words.FindLastIndex(w => !IsArabic(w));
        if (first < 0 || words.Skip(first).Take(last - first + 1).Any(IsArabic))
            return false;
        return words.Where(IsArabic).Any(w => ArabicQuestionWords.Contains(w) || ArabicQuestionWords.Contains(w.TrimStart('و', 'ف')));
    }

    private static bool IsArabic(string word) => word[0] is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF';

    [GeneratedRegex(@"(?<!\p{L})(?i:section|part|partie)\s+\(?[A-Z]\)?(?![\p{L}\d])")]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"«[^»]{3,}»|“[^”]{3,}”|""[^""]{3,}""")]
    private static partial Regex Quoted();

    private static readonly Regex Words = SpellingVariants.Regex(@"[\p{L}][\p{L}\p{Mn}'’-]*");
}
