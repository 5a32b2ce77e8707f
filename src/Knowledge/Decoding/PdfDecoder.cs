namespace ResBot.Knowledge.Decoding;

/// <summary>Not yet written.</summary>
public sealed class PdfDecoder : IDocumentDecoder
{
    public string Format => "pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public bool Sniffs(ReadOnlySpan<byte> head) => false;

    public DecodeResult Decode(byte[] bytes) => DecodeResult.Failed("pdf files are not read yet");
}
