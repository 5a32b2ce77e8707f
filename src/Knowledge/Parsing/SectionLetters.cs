namespace ResBot.Knowledge.Parsing;

/// <summary>
/// Section letters of lettered operative parts. Arabic letters map to Latin in abjad order
/// (أ A, ب B, ج C, د D, هـ E, و F …), which is how the OIC's English and French texts letter the same sections.
/// </summary>
public static class SectionLetters
{
    private static readonly (string Arabic, char Latin)[] Abjad =
    [
        ("أ", 'A'), ("ا", 'A'), ("ب", 'B'), ("ج", 'C'), ("د", 'D'), ("هـ", 'E'), ("ه", 'E'),
        ("و", 'F'), ("ز", 'G'), ("ح", 'H'), ("ط", 'I'), ("ي", 'J'),
    ];

    /// <summary>"هـ" → "E", "b" → "B"; null when the text is not a section letter.</summary>
    public static string? ToLatin(string letter)
    {
        var trimmed = letter.Trim();
        if (trimmed.Length == 1 && char.IsAsciiLetter(trimmed[0]))
            return char.ToUpperInvariant(trimmed[0]).ToString();
        foreach (var (arabic, latin) in Abjad)
        {
            if (trimmed == arabic)
                return latin.ToString();
        }
        return null;
    }
}
