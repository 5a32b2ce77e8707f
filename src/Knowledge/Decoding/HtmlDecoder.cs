namespace ResBot.Knowledge.Decoding;

/// <summary>Not yet written.</summary>
public sealed class HtmlDecoder : IDocumentDecoder
{
    public string Format => "html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public bool Sniffs(ReadOnlySpan<byte> head) => false;

    public DecodeResult Decode(byte[] bytes) => DecodeResult.Failed("html files are not read yet");
}
