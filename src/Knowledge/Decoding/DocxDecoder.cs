namespace ResBot.Knowledge.Decoding;

/// <summary>Not yet written.</summary>
public sealed class DocxDecoder : IDocumentDecoder
{
    public string Format => "docx";

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public bool Sniffs(ReadOnlySpan<byte> head) => false;

    public DecodeResult Decode(byte[] bytes) => DecodeResult.Failed("docx files are not read yet");
}
