using System.Text.RegularExpressions;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Finds resolution and paragraph references in a question, in every form users type:
/// "38/4", "4/38", "٣٨/٤", "38/4-INF", "38/4-إع", "Resolution No. 4/38-INF", "resolution 4 of the 38th session",
/// "القرار 38/4", "la résolution 38/4"; "paragraph 6", "para 6", "OP6", "op. 6", "E.3", "الفقرة 6", "paragraphe 6".
/// Pure: which order a pair means is decided against the corpus by the caller.
/// </summary>
public static partial class ReferenceParser
{
    public static IReadOnlyList<ResolutionReference> FindResolutions(string question)
    {
        var text = TextNormalizer.ToAsciiDigits(question);
        var found = new List<ResolutionReference>();

        foreach (Match m in OfSession().Matches(text))
            found.Add(new ResolutionReference(int.Parse(m.Groups["number"].Value), int.Parse(m.Groups["session"].Value), SessionFirst: false, m.Value));

        foreach (Match m in Pair().Matches(text))
        {
            if (IsInsideSymbol(text, m))
                continue;
            found.Add(new ResolutionReference(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), SessionFirst: null, m.Value.Trim()));
        }
        return found;
    }

    /// <summary>Paragraph keys as the corpus writes them: "6", "E.3", "PP2", "OP-final".</summary>
    public static IReadOnlyList<string> FindParagraphs(string question)
    {
        var text = TextNormalizer.ToAsciiDigits(question);
        var keys = new List<string>();
        foreach (Match m in Paragraph().Matches(text))
        {
            var key = m.Groups["section"].Success
                ? $"{m.Groups["section"].Value.ToUpperInvariant()}.{m.Groups["number"].Value}"
                : m.Groups["number"].Value;
            if (!keys.Contains(key))
                keys.Add(key);
        }
        foreach (Match m in Preambular().Matches(text))
            keys.Add("PP" + m.Groups[1].Value);
        foreach (Match m in SectionNumber().Matches(text))
        {
            var key = $"{m.Groups[1].Value.ToUpperInvariant()}.{m.Groups[2].Value}";
            if (!keys.Contains(key))
                keys.Add(key);
        }
        return keys;
    }

    /// <summary>A lettered section named apart from its paragraph: "section E", "البند (هـ)", "partie E" → "E".</summary>
    public static string? FindSection(string question)
    {
        var match = Section().Match(question);
        return match.Success ? SectionLetters.ToLatin(match.Groups[1].Value) : null;
    }

    /// <summary>The question without its references, for topic search ("what does 38/4 say about training" → "what does say about training").</summary>
    public static string WithoutReferences(string question)
    {
        var text = TextNormalizer.ToAsciiDigits(question);
        text = OfSession().Replace(text, " ");
        text = Pair().Replace(text, " ");
        text = Paragraph().Replace(text, " ");
        text = Preambular().Replace(text, " ");
        text = Section().Replace(text, " ");
        return SectionNumber().Replace(text, " ");
    }

    /// <summary>"OIC/CFM-38/2011/…" is a document symbol, not a resolution reference.</summary>
    private static bool IsInsideSymbol(string text, Match m) =>
        (m.Index > 0 && text[m.Index - 1] is '/' or '-' && char.IsLetterOrDigit(text[Math.Max(0, m.Index - 2)]))
        || (m.Index + m.Length < text.Length && text[m.Index + m.Length] == '/');

    [GeneratedRegex(@"(?<!\d)(\d{1,3})\s*/\s*(\d{1,3})(?!\d)(?:\s*[-–]\s*(?:INF|إع|[A-Z]{1,5})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Pair();

    [GeneratedRegex(@"(?:resolution|résolution|القرار|قرار)\s*(?:No\.?|N°|n°|رقم)?\s*(?<number>\d{1,3})\s+(?:of|at|from|adopted (?:at|by)|de|à|adoptée à|من|في)\s+(?:the|la|الدورة)?\s*(?<session>\d{1,3})(?:st|nd|rd|th|e|ème|ᵉ)?(?:\s+(?:session|CFM))?", RegexOptions.IgnoreCase)]
    private static partial Regex OfSession();

    [GeneratedRegex(@"(?<!\p{L})(?:operative\s+paragraph|paragraphe|paragraph|para\.?|op\.?|OP|§|¶|الفقرة|فقرة)\s*(?:No\.?|n°|رقم)?\s*(?:(?<section>[A-Ea-e])\s*[.\-]?\s*)?(?<number>\d{1,3})(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"(?<!\p{L})(?:section|part|partie|البند|القسم|الجزء)\s*\(?\s*(هـ|[\u0621-\u064A]|[A-Ea-e])\s*\)?(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Section();

    [GeneratedRegex(@"\b(?:PP|preambular\s+paragraph|paragraphe\s+du\s+préambule)\s*(\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Preambular();

    /// <summary>A bare "E.3" or "C.2": a lettered section and a number.</summary>
    [GeneratedRegex(@"(?<![\w.])([A-Ea-e])\.(\d{1,2})(?![\w.])")]
    private static partial Regex SectionNumber();
}
