namespace ResBot.Knowledge.Decoding;

/// <summary>
/// One block of text as its format delivered it: a line of a text file, a paragraph of a Word file or web page,
/// a line of a PDF page. Carries what the format knows beyond the characters, so the structure reader does not
/// care where the text came from.
/// </summary>
/// <param name="Text">The text, in logical order (Arabic brought back from visual order), without the list label.</param>
/// <param name="Line">Where it sits, 1-based, for messages: the line of a text file, the paragraph of a Word file or
/// web page, the line of a PDF (counted over the whole file).</param>
public sealed record TextBlock(string Text, int Line)
{
    /// <summary>The label Word auto-numbering or an HTML list prints before the text ("5.", "(a)", "أ -"), when it is not in the text itself.</summary>
    public string? ListLabel { get; init; }

    /// <summary>Nesting level of <see cref="ListLabel"/>, from 0.</summary>
    public int ListLevel { get; init; }

    /// <summary>The block opens with a bold run (OIC and Arab League secretariats bold the operative verb).</summary>
    public bool StartsBold { get; init; }

    /// <summary>The block is laid out right to left (Word's w:bidi, HTML dir="rtl", or Arabic script in a PDF).</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The page it was printed on, 1-based, where the format has pages (PDF).</summary>
    public int? Page { get; init; }

    /// <summary>The block as one line of text, its list label first: what the structure reader reads.</summary>
    public string AsLine() => ListLabel is { Length: > 0 } label ? $"{label} {Text}" : Text;
}
