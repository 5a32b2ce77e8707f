using System.Text;
using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// The spellings people type for the same word: French without accents ("resolution", "deuxieme", "ou"), Arabic
/// without hamza ("اين", "الاول"), with ه for a final ة ("الفقره"), ى for ي ("الثانى"), and Persian-keyboard ی and ک.
/// Patterns and word tables are written once in the standard spelling; <see cref="Regex"/> widens a pattern to accept
/// every variant, and <see cref="Comparer"/> looks words up whatever the spelling. Both keep the text's own characters
/// (no folded copy), so what a pattern captures is what the user wrote. Pure.
/// </summary>
public static class SpellingVariants
{
    /// <summary>Letters that stand for one another in typed text; the first of each group is the one the others fold to.</summary>
    private static readonly string[] Groups =
    [
        "eéèêë", "EÉÈÊË", "aàâä", "AÀÂÄ", "iîï", "IÎÏ", "oôö", "OÔÖ", "uùûü", "UÙÛÜ", "cç", "CÇ",
        "اأإآٱ", "هة", "يىی", "كک",
    ];

    private static readonly Dictionary<char, string> GroupOf = Groups
        .SelectMany(group => group.Select(letter => (letter, group)))
        .ToDictionary(pair => pair.letter, pair => pair.group);

    /// <summary>Compares words as the same whatever their spelling variant and case: "deuxieme" = « deuxième », "الثانيه" = "الثانية".</summary>
    public static StringComparer Comparer { get; } = new VariantComparer();

    /// <summary>A regex over questions or text, built from a pattern written in the standard spelling and widened to every variant.</summary>
    public static Regex Regex(string pattern, RegexOptions options = RegexOptions.None) =>
        new(Widen(pattern), options | RegexOptions.CultureInvariant);

    /// <summary>Each letter in the text replaced by the first letter of its group, so that variants compare equal. Length-preserving.</summary>
    public static string Fold(string text)
    {
        if (!text.Any(GroupOf.ContainsKey))
            return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = GroupOf.TryGetValue(source[i], out var group) ? group[0] : source[i];
        });
    }

    /// <summary>
    /// The pattern with each variant letter standing for its whole group: "é" becomes "[eéèêë]" outside a character class
    /// and its group's letters inside one. ASCII letters stay as written (an English pattern is unchanged); escapes,
    /// <c>\p{…}</c> names and the ends of a class range ("À-ÿ") are left alone.
    /// </summary>
    internal static string Widen(string pattern)
    {
        var widened = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var end = pattern[i + 1] is 'p' or 'P' && i + 2 < pattern.Length && pattern[i + 2] == '{' ? pattern.IndexOf('}', i + 2) : i + 1;
                end = end < 0 ? pattern.Length - 1 : end;
                widened.Append(pattern, i, end - i + 1);
                i = end;
                continue;
            }
            if (c == '[' && !inClass)
            {
                inClass = true;
                widened.Append(c);
                continue;
            }
            if (c == ']' && inClass)
            {
                inClass = false;
                widened.Append(c);
                continue;
            }
            var isRangeEnd = inClass && ((i + 1 < pattern.Length && pattern[i + 1] == '-') || (i > 0 && pattern[i - 1] == '-'));
            if (c > '\u007f' && !isRangeEnd && GroupOf.TryGetValue(c, out var group))
                widened.Append(inClass ? group : $"[{group}]");
            else
                widened.Append(c);
        }
        return widened.ToString();
    }

    private sealed class VariantComparer : StringComparer
    {
        public override int Compare(string? x, string? y) =>
            StringComparer.OrdinalIgnoreCase.Compare(x is null ? null : Fold(x), y is null ? null : Fold(y));

        public override bool Equals(string? x, string? y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x is null ? null : Fold(x), y is null ? null : Fold(y));

        public override int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(Fold(obj));
    }
}
