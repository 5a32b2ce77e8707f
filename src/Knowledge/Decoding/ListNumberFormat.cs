using System.Globalization;
using System.Text;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// Counter values as Word's numbering formats (ECMA-376 Part 1, 17.18.59 ST_NumberFormat) and HTML list types print
/// them. Pure, shared by the Word and HTML decoders so "(a)" and "iv." come out the same from either.
/// </summary>
internal static class ListNumberFormat
{
    /// <summary>The Arabic alphabet in its hija'i order (arabicAlpha). Alef is printed with its hamza, as Word and
    /// Arabic resolutions letter items ("أ -", "(أ)").</summary>
    internal const string ArabicAlphabet = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي";

    /// <summary>The abjad order (أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ), used by arabicAbjad and by OIC sections.</summary>
    internal const string ArabicAbjad = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ";

    private const string LatinLower = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>
    /// The counter <paramref name="value"/> in the Word format <paramref name="numFmt"/> ("decimal", "lowerLetter",
    /// "arabicAbjad" …). "none" and "bullet" print nothing here; unknown formats fall back to decimal, which is
    /// what Word does with formats a font cannot show.
    /// </summary>
    public static string Word(string? numFmt, int value) => numFmt switch
    {
        "none" or "bullet" => "",
        "decimalZero" => value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : Decimal(value),
        "lowerLetter" => RepeatedLetter(value, LatinLower),
        "upperLetter" => RepeatedLetter(value, LatinLower).ToUpperInvariant(),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "arabicAlpha" => RepeatedLetter(value, ArabicAlphabet),
        "arabicAbjad" => RepeatedLetter(value, ArabicAbjad),
        "hindiNumbers" => ArabicIndic(value),
        "decimalEnclosedParen" => $"({Decimal(value)})",
        "decimalEnclosedFullstop" => Decimal(value) + ".",
        _ => Decimal(value),
    };

    /// <summary>The marker a browser prints for an &lt;ol type=…&gt; item: the counter and a full stop.</summary>
    public static string Html(string? type, int value)
    {
        var number = type switch
        {
            "a" => Alphabetic(value, LatinLower),
            "A" => Alphabetic(value, LatinLower).ToUpperInvariant(),
            "i" => Roman(value).ToLowerInvariant(),
            "I" => Roman(value),
            _ => Decimal(value),
        };
        return number + ".";
    }

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Word's letter lists: a…z, then aa…zz, aaa… (the letter repeated), not spreadsheet-style "ab".</summary>
    private static string RepeatedLetter(int value, string alphabet)
    {
        if (value <= 0)
            return Decimal(value);
        var letter = alphabet[(value - 1) % alphabet.Length];
        return new string(letter, Math.Min((value - 1) / alphabet.Length + 1, 50));
    }

    /// <summary>CSS lower-alpha: bijective base 26 (z, aa, ab …), as browsers number long &lt;ol type="a"&gt; lists.</summary>
    private static string Alphabetic(int value, string alphabet)
    {
        if (value <= 0)
            return Decimal(value);
        var builder = new StringBuilder();
        for (var n = value; n > 0; n = (n - 1) / alphabet.Length)
            builder.Insert(0, alphabet[(n - 1) % alphabet.Length]);
        return builder.ToString();
    }

    /// <summary>Roman numerals up to 3999; beyond that (or below 1) both Word and browsers print decimal.</summary>
    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
            return Decimal(value);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] signs = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        var rest = value;
        for (var i = 0; i < values.Length; i++)
        {
            for (; rest >= values[i]; rest -= values[i])
                builder.Append(signs[i]);
        }
        return builder.ToString();
    }

    /// <summary>hindiNumbers: Word's name for the Arabic-Indic digits (٠١٢…) Arabic documents number with.</summary>
    private static string ArabicIndic(int value)
    {
        var digits = Decimal(value).ToCharArray();
        for (var i = 0; i < digits.Length; i++)
        {
            if (char.IsAsciiDigit(digits[i]))
                digits[i] = (char)('\u0660' + (digits[i] - '0'));
        }
        return new string(digits);
    }
}
