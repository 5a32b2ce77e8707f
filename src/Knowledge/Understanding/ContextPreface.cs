using System.Text.RegularExpressions;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// What the asker says they are doing before the question: "I'm drafting a note for my minister — does …?",
/// « Je prépare une fiche pour l'ambassadeur — … », "Background for a briefing: …", "أعدّ مذكرة للوزير: …". It is no
/// part of the question: its words ("drafting", « fiche ») are no topic. Only a preface in the first person or about a
/// note or briefing is dropped, and never one holding a number or a question mark ("38-2 op two — what does it say?",
/// "The preamble of 38/1 mentions … — which bodies …?"). Pure.
/// </summary>
public static class ContextPreface
{
    public static string Without(string question)
    {
        var separator = Separator.Match(question);
        if (!separator.Success)
            return question;
        var preface = question[..separator.Index];
        return preface.Any(char.IsDigit) || preface.Contains('?') || preface.Contains('؟') || !AboutTheAsker.IsMatch(preface)
            ? question
            : question[(separator.Index + separator.Length)..];
    }

    /// <summary>A dash between spaces or a colon, the first of them: where a preface ends.</summary>
    private static readonly Regex Separator = new(@"\s[—–-]\s|\s?:\s", RegexOptions.CultureInvariant);

    private static readonly Regex AboutTheAsker = SpellingVariants.Regex(
        @"(?<!\p{L})(?:(?-i:I)|I['’]m|I['’]ve|my|we|we['’]re|our|je|j['’]|nous|mon|ma|mes|notre|أنا|انا|نحن|احنا|لدي|عندي|أعد|أعدّ|أكتب|أحضر)(?!\p{L})"
        + @"|(?<!\p{L})(?:background|briefing|memo|fiche|note\s+pour|note\s+for|مذكرة|إحاطة)(?!\p{L})",
        RegexOptions.IgnoreCase);
}
