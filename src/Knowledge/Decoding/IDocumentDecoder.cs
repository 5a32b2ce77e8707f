namespace ResBot.Knowledge.Decoding;

/// <summary>
/// Turns the bytes of one file format into text blocks. Chosen by <see cref="DocumentDecoders"/> from the file's
/// extension and its first bytes. Pure: bytes in, blocks or an error out; never throws for a broken file.
/// </summary>
public interface IDocumentDecoder
{
    /// <summary>"text", "html", "docx" or "pdf".</summary>
    string Format { get; }

    /// <summary>The file extensions it reads, lower case with the dot (".docx").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>True when the first bytes say the content is this format, whatever the extension says.</summary>
    bool Sniffs(ReadOnlySpan<byte> head);

    DecodeResult Decode(byte[] bytes);
}
