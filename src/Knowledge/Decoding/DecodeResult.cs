namespace ResBot.Knowledge.Decoding;

/// <summary>A decoded document, or why the file could not be read ("scanned PDF: no text layer (run OCR first)"). Never both.</summary>
public sealed record DecodeResult(DecodedDocument? Document, string? Error)
{
    public static DecodeResult Decoded(DecodedDocument document) => new(document, null);

    public static DecodeResult Failed(string error) => new(null, error);
}
