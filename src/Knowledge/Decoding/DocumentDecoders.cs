namespace ResBot.Knowledge.Decoding;

/// <summary>
/// Picks the decoder for a file: the content's signature first (a PDF renamed .txt is still a PDF), then the
/// extension. A file whose extension promises a binary format its bytes do not have is refused by name.
/// </summary>
public static class DocumentDecoders
{
    private static readonly PlainTextDecoder Text = new();

    public static IReadOnlyList<IDocumentDecoder> All { get; } = [new PdfDecoder(), new DocxDecoder(), new HtmlDecoder(), Text];

    /// <summary>Every extension a corpus folder is scanned for.</summary>
    public static IReadOnlyList<string> Extensions { get; } = All.SelectMany(d => d.Extensions).ToList();

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static DecodeResult Decode(string fileName, byte[] bytes)
    {
        var decoder = Choose(fileName, bytes);
        try
        {
            return decoder.Decode(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Third-party parsers throw their own exception types for damaged files; a broken file is bad input, not a crash.
            return DecodeResult.Failed($"cannot read the {decoder.Format} file: {e.Message}");
        }
    }

    private static IDocumentDecoder Choose(string fileName, byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        foreach (var decoder in All)
        {
            if (decoder.Sniffs(head))
                return decoder;
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return All.FirstOrDefault(d => d.Extensions.Contains(extension)) ?? Text;
    }
}
