using System.Text;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// UTF-8 text and Markdown exports (`.txt`, `.md`): one block per line, blank lines kept, since the structure
/// reader uses them to tell a title from the chapeau. Lines may break paragraphs anywhere.
/// </summary>
public sealed class PlainTextDecoder : IDocumentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Format => "text";

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];

    /// <summary>Text has no signature: it is what is left when no other decoder claims the bytes.</summary>
    public bool Sniffs(ReadOnlySpan<byte> head) => false;

    public DecodeResult Decode(byte[] bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodeResult.Failed("the file is not UTF-8 text");
        }
        if (Parsing.DocumentParser.LooksBinary(text))
            return DecodeResult.Failed("the file is not text (binary content)");
        return DecodeResult.Decoded(FromText(text));
    }

    /// <summary>Text already in memory (a test, a pasted document) as blocks, one per line.</summary>
    public static DecodedDocument FromText(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var blocks = new TextBlock[lines.Length];
        for (var i = 0; i < lines.Length; i++)
            blocks[i] = new TextBlock(lines[i], i + 1);
        return new DecodedDocument("text", blocks, ParagraphMarks.Lines, []);
    }
}
