using System.Globalization;
using System.Text;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// Brings one PDF line from visual order (glyphs left to right as printed) back to logical order (as typed).
/// Not the full Unicode bidi algorithm run backwards, which is ambiguous: the inverse of its common cases in
/// resolutions. An Arabic line is read right to left, except runs of Latin letters and numbers, which keep their
/// left-to-right order ("OIC-CERT", "38/4"); a Latin line keeps its order except runs of Arabic.
/// </summary>
internal static class ArabicVisualOrder
{
    private enum Kind { Neutral, Rtl, Latin, Digit }

    /// <summary>A line in logical order, and the same line with the brackets of its reversed parts swapped, for
    /// producers whose glyph-to-text map names the shape printed ("(" drawn at the left end) rather than the character typed.</summary>
    public readonly record struct LogicalLine(string Text, string Mirrored);

    /// <summary>Visual string, one grapheme per glyph (tests and simple callers).</summary>
    public static LogicalLine ToLogical(string visual, bool rightToLeft)
    {
        var clusters = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(visual);
        while (e.MoveNext())
            clusters.Add(e.GetTextElement());
        return ToLogical(clusters, rightToLeft);
    }

    /// <param name="clusters">The line's glyphs from left to right; each one's own text already in logical order
    /// (a base letter with its marks, a lam-alef as "لا").</param>
    /// <param name="rightToLeft">The line's base direction.</param>
    public static LogicalLine ToLogical(IReadOnlyList<string> clusters, bool rightToLeft)
    {
        var kinds = clusters.Select(KindOf).ToArray();
        var keep = FindRuns(clusters, kinds, rightToLeft);
        var text = new StringBuilder();
        var mirrored = new StringBuilder();
        if (rightToLeft)
        {
            for (var i = clusters.Count - 1; i >= 0;)
            {
                if (keep[i] >= 0)
                {
                    for (var j = keep[i]; j <= i; j++)
                        Append(clusters[j], mirror: false);
                    i = keep[i] - 1;
                    continue;
                }
                Append(clusters[i--], mirror: true);
            }
        }
        else
        {
            // In a Latin line the runs found are the Arabic ones, and they are the ones to turn round.
            for (var i = 0; i < clusters.Count;)
            {
                if (keep[i] >= 0)
                {
                    var end = keep[i];
                    for (var j = end; j >= i; j--)
                        Append(clusters[j], mirror: true);
                    i = end + 1;
                    continue;
                }
                Append(clusters[i++], mirror: false);
            }
        }
        return new LogicalLine(text.ToString(), mirrored.ToString());

        void Append(string cluster, bool mirror)
        {
            text.Append(cluster);
            mirrored.Append(mirror ? Mirror(cluster) : cluster);
        }
    }

    /// <summary>True when the line's letters are mostly Arabic script.</summary>
    public static bool IsRightToLeft(string text)
    {
        int rtl = 0, ltr = 0;
        foreach (var c in text)
        {
            switch (KindOf(c))
            {
                case Kind.Rtl: rtl++; break;
                case Kind.Latin: ltr++; break;
            }
        }
        return rtl > ltr;
    }

    /// <summary>Brackets that do not pair up (a ")" before its "("): the sign of shape-named glyphs.</summary>
    public static int UnbalancedBrackets(string text)
    {
        var depth = 0;
        var bad = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[' or '{')
                depth++;
            else if (c is ')' or ']' or '}' && --depth < 0)
            {
                bad++;
                depth = 0;
            }
        }
        return bad;
    }

    /// <summary>
    /// For each cluster that ends a run kept in visual order (RTL line) or reversed (LTR line), where that run
    /// starts (RTL) or, at the run's start, where it ends (LTR); -1 elsewhere.
    /// </summary>
    private static int[] FindRuns(IReadOnlyList<string> clusters, Kind[] kinds, bool rightToLeft)
    {
        var mark = new int[clusters.Count];
        Array.Fill(mark, -1);
        int start = -1, last = -1;
        for (var i = 0; i < clusters.Count; i++)
        {
            if (!IsRunKind(kinds[i], rightToLeft))
            {
                if (kinds[i] != Kind.Neutral)
                    Close();
                continue;
            }
            if (start >= 0 && !Joins(last, i))
                Close();
            if (start < 0)
                start = i;
            last = i;
        }
        Close();
        return mark;

        void Close()
        {
            if (start >= 0)
            {
                if (rightToLeft)
                    mark[last] = start;
                else
                    mark[start] = last;
            }
            start = last = -1;
        }

        bool Joins(int a, int b)
        {
            if (b == a + 1)
                return true;
            if (!rightToLeft)
                return true;
            // Neutrals between two Latin words stay inside the Latin run ("Islamic News Agency"); between two
            // numbers they take the line's direction ("28 - 30" is printed "30 - 28"), except a lone separator
            // inside a number ("38/4", "1.5").
            if (kinds[a] == Kind.Latin || kinds[b] == Kind.Latin)
                return true;
            return b == a + 2 && clusters[a + 1] is "/" or "." or "," or ":" or "-";
        }
    }

    private static bool IsRunKind(Kind kind, bool rightToLeft) =>
        rightToLeft ? kind is Kind.Latin or Kind.Digit : kind == Kind.Rtl;

    private static Kind KindOf(string cluster) => cluster.Length == 0 ? Kind.Neutral : KindOf(cluster[0]);

    private static Kind KindOf(char c)
    {
        if (c is >= '0' and <= '9' || c is >= '\u0660' and <= '\u0669' || c is >= '\u06F0' and <= '\u06F9')
            return Kind.Digit;
        if (IsArabicScript(c))
            return char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? Kind.Rtl : Kind.Neutral;
        return char.IsLetter(c) ? Kind.Latin : Kind.Neutral;
    }

    public static bool IsArabicScript(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static string Mirror(string cluster) => cluster switch
    {
        "(" => ")",
        ")" => "(",
        "[" => "]",
        "]" => "[",
        "{" => "}",
        "}" => "{",
        "<" => ">",
        ">" => "<",
        "«" => "»",
        "»" => "«",
        _ => cluster,
    };
}
