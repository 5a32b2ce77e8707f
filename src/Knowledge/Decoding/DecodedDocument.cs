namespace ResBot.Knowledge.Decoding;

/// <summary>A file turned into text blocks by one of the <see cref="IDocumentDecoder"/>s.</summary>
/// <param name="Format">"text", "html", "docx" or "pdf".</param>
/// <param name="Blocks">The blocks in reading order.</param>
/// <param name="BlocksAreParagraphs">True when the format marks paragraph boundaries (Word, HTML): a block is never
/// the continuation of the one before. False for text files and PDFs, whose lines may break a paragraph anywhere.</param>
/// <param name="Warnings">What the decoder noticed but could live with ("3 repeated page headers removed").</param>
public sealed record DecodedDocument(string Format, IReadOnlyList<TextBlock> Blocks, bool BlocksAreParagraphs, IReadOnlyList<string> Warnings)
{
    /// <summary>The blocks as lines, each with its list label: what the structure reader reads.</summary>
    public string[] Lines() => Blocks.Select(b => b.AsLine()).ToArray();
}
