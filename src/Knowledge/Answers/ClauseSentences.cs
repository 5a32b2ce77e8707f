using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Answers;

/// <summary>
/// The sentences of a clause, as spans of its text: where a fact sits ("… OIC Day every year (which falls on
/// 25 September) …") is one sentence, not the whole clause. Sentences end at a full stop, a semicolon or a colon
/// followed by a space, in the three languages' punctuation, outside brackets. Pure.
/// </summary>
public static partial class ClauseSentences
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            // "(Session: Peace, Cooperation and Development)", "(دورة: السلام والتعاون والتطور)": a stop inside brackets
            // ends nothing; the sentence goes on after the bracket closes.
            if (IsInsideBrackets(text, start, end.Index))
                continue;
            Add(spans, text, start, end.Index + 1);
            start = end.Index + end.Length;
        }
        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool IsInsideBrackets(string text, int start, int at)
    {
        var depth = 0;
        for (var i = start; i < at; i++)
            depth += text[i] switch { '(' or '[' => 1, ')' or ']' => depth > 0 ? -1 : 0, _ => 0 };
        return depth > 0;
    }

    private static void Add(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            spans.Add(new TextSpan(start, end - start));
    }

    // A stop needs a letter or a closing bracket before it (French puts a space before « ; » and « : ») and a space after: "8/1." ends nothing, nor "(A)". Nor
    // does the full stop of an abbreviation or an initial: "No. 8/1", "H.E. Mr. Karim Haddad", « M. Diallo ».
    [GeneratedRegex(@"(?<=[\p{L})\]])(?:(?<!(?<!\p{L})(?:Nos?|Mrs?|Ms|Dr|Prof|Mme|Mlle|Pr|M|H\.E|S\.E|(?<=\p{Lu}\.)\p{Lu}))\.|[ \u00A0\u202F]?[;؛:])(?:\s+|$)")]
    private static partial Regex SentenceEnd();
}
