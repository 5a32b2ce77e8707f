namespace ResBot.Knowledge.Decoding;

/// <summary>A file turned into text blocks by one of the <see cref="IDocumentDecoder"/>s.</summary>
/// <param name="Format">"text", "html", "docx" or "pdf".</param>
/// <param name="Blocks">The blocks in reading order.</param>
/// <param name="Marks">How the format shows where paragraphs end.</param>
/// <param name="Warnings">What the decoder noticed but could live with ("3 repeated page headers removed").</param>
public sealed record DecodedDocument(string Format, IReadOnlyList<TextBlock> Blocks, ParagraphMarks Marks, IReadOnlyList<string> Warnings)
{
    /// <summary>The blocks as lines, each with its list label: what the structure reader reads.</summary>
    public string[] Lines() => Blocks.Select(b => b.AsLine()).ToArray();
}
