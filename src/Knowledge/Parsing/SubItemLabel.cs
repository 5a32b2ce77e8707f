using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// Sub-item labels of a paragraph: "(a)", "a)", "(i)", "(أ)", "أ -", "ب)". Arabic letters map to Latin in the abjad
/// order the UN and the OIC letter them (أ a, ب b, ج c, د d, هـ e, و f …), so "2 (ب)" and "2 (b)" are one sub-item.
/// </summary>
public static partial class SubItemLabel
{
    private static readonly string[] Abjad =
        ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض"];

    private static readonly string[] Romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"];

    /// <summary>Reads a label at the start of a line: the letter in Latin ("b"), the printed label ("(ب)") and the text after it.</summary>
    public static bool TryRead(string line, out string letter, out string printed, out string text) =>
        TryRead(line, out letter, out printed, out text, out _);

    /// <summary>
    /// As above, and how the label was printed: <see cref="SubItemKind.Roman"/> for "’1‘" and roman numerals of two
    /// letters or more ("(ii)"), <see cref="SubItemKind.Letter"/> for Arabic letters and Latin letters other than
    /// i, v, x, and <see cref="SubItemKind.Either"/> for "(i)", "(v)", "(x)", which only their neighbours tell apart
    /// (the ninth letter after "(h)", the first roman numeral under a lettered item).
    /// </summary>
    public static bool TryRead(string line, out string letter, out string printed, out string text, out SubItemKind kind)
    {
        letter = printed = text = "";
        kind = SubItemKind.Letter;
        var match = Label().Match(line);
        if (!match.Success)
            return false;
        var raw = match.Groups["l"].Value;
        if (match.Groups["n"].Success && int.Parse(match.Groups["n"].Value) is var n and >= 1 and <= 15)
        {
            raw = Romans[n - 1];
            kind = SubItemKind.Roman;
        }
        else if (raw.Length > 1 && Romans.Contains(raw))
            kind = SubItemKind.Roman;
        else if (raw is "i" or "v" or "x")
            kind = SubItemKind.Either;
        var latin = raw.Length == 0 ? null
            : raw.Length == 1 && char.IsAsciiLetterLower(raw[0]) ? raw
            : Romans.Contains(raw) ? raw
            : Array.IndexOf(Abjad, raw switch { "ه" => "هـ", "ا" or "إ" or "آ" => "أ", _ => raw }) is >= 0 and var i ? ((char)('a' + i)).ToString()
            : null;
        if (latin is null)
            return false;
        letter = latin;
        printed = match.Groups["label"].Value.Trim();
        text = match.Groups["text"].Value.Trim();
        return text.Length > 0;
    }

    /// <summary>The letter after this one: "a" → "b".</summary>
    public static string NextLetter(string letter) => letter.Length == 1 ? ((char)(letter[0] + 1)).ToString() : letter;

    /// <summary>The roman numeral after this one, for a nested run: "i" → "ii".</summary>
    public static string NextRoman(string roman) => Array.IndexOf(Romans, roman) is var r && r >= 0 && r + 1 < Romans.Length ? Romans[r + 1] : roman;

    /// <summary>"(a)", "a)", "(i)", "(أ)", "أ -", and the UN Arabic "’1‘" for a roman sub-item.</summary>
    [GeneratedRegex(@"^(?<label>[’‘'](?<n>\d{1,2})[‘’']|\(\s*(?<l>[a-z]|[ivx]{1,5}|هـ|[\u0621-\u064A])\s*\)|(?<l>[a-z]|[ivx]{1,5})\)|(?<l>هـ|[\u0621-\u064A])\s*[-–)]|(?<l>[a-z])\.(?=\s))\s*(?<text>.*)$")]
    private static partial Regex Label();
}
