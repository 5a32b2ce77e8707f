using System.Text;
using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Parsing;

/// <summary>Pure clean-ups shared by the parser and question understanding.</summary>
public static partial class TextNormalizer
{
    /// <summary>Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits to ASCII, so "٣٨/٤" reads as "38/4".</summary>
    public static string ToAsciiDigits(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u0660', '\u0669') < 0 && text.AsSpan().IndexOfAnyInRange('\u06F0', '\u06F9') < 0)
            return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => c,
            });
        }
        return builder.ToString();
    }

    /// <summary>
    /// One line of an exported document made plain: bold markers (**) gone, digits ASCII,
    /// runs of white space single, ends trimmed.
    /// </summary>
    /// <summary>Where the word holding <paramref name="at"/> starts: a stretch cut there reads whole words only.</summary>
    public static int WordStart(string text, int at)
    {
        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
            at--;
        return at;
    }

    /// <summary>Where the word holding <paramref name="at"/> ends (the white space after it, or the text's end).</summary>
    public static int WordEnd(string text, int at)
    {
        while (at < text.Length && !char.IsWhiteSpace(text[at]))
            at++;
        return at;
    }

    public static string CleanLine(string line)
    {
        var text = ToAsciiDigits(line.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal));
        // Most lines have single spaces only: the regex would rebuild them unchanged.
        return (IsSpacedPlainly(text) ? text : Whitespace().Replace(text, " ")).Trim();
    }

    /// <summary>No white space but single ' ' characters: what <see cref="Whitespace"/> would leave as it is.</summary>
    private static bool IsSpacedPlainly(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
                return false;
        }
        return true;
    }

    /// <summary>Control characters (other than tab and new line) removed: they only ever come from broken exports or pasted junk.</summary>
    public static string RemoveControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r'))
            ? new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\t' or '\r').ToArray())
            : text;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
