using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// PDF files (UN ODS, OIC archive): one block per printed line, in reading order, Arabic brought back to logical
/// order and NFKC-normalised, with an empty block where a visual paragraph ends. Running headers and footers and
/// bare page numbers are dropped; words the layout hyphenated across lines are joined again.
/// </summary>
public sealed partial class PdfDecoder : IDocumentDecoder
{
    public const string ScannedError = "scanned PDF: no text layer (run OCR first)";

    public string Format => "pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public bool Sniffs(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);

    public DecodeResult Decode(byte[] bytes)
    {
        if (!Sniffs(bytes))
            return DecodeResult.Failed("not a PDF file (it does not start with %PDF-)");
        List<PdfLine> lines;
        int pageCount;
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            pageCount = pdf.NumberOfPages;
            if (pageCount == 0)
                return DecodeResult.Failed("the PDF has no pages");
            lines = [];
            foreach (var page in pdf.GetPages())
                lines.AddRange(PdfPageLines.Read(page));
        }
        catch (PdfDocumentEncryptedException)
        {
            return DecodeResult.Failed("the PDF is password-protected (encrypted): save an unprotected copy first");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damage with several exception types (and plain ones from deep inside its parsers).
            return DecodeResult.Failed($"cannot read the PDF file (damaged or truncated?): {e.Message}");
        }

        if (lines.Count == 0)
            return DecodeResult.Failed(ScannedError);

        var warnings = new List<string>();
        var removed = PageFurniture.Remove(lines, pageCount);
        if (removed > 0)
            warnings.Add($"removed {removed} repeated page header/footer lines");
        var textless = pageCount - lines.Select(l => l.Page).Distinct().Count();
        if (textless > 0)
            warnings.Add($"{textless} of {pageCount} pages have no text layer (scanned pages are not read)");

        return DecodeResult.Decoded(new DecodedDocument(Format, ToBlocks(lines), ParagraphMarks.BlankLines, warnings));
    }

    /// <summary>Lines to blocks: brackets settled for the whole file, blank blocks at paragraph gaps, hyphenated
    /// words joined, then numbered, so a block's Line is its position among the lines the structure reader sees.</summary>
    private static List<TextBlock> ToBlocks(List<PdfLine> lines)
    {
        // One producer names glyphs by the character typed, another by the shape printed; the whole file is one or
        // the other, so the choice is made once, by which reading pairs its brackets up.
        var rtl = lines.Where(l => l.RightToLeft).ToList();
        var mirror = rtl.Sum(l => ArabicVisualOrder.UnbalancedBrackets(l.Logical.Mirrored))
            < rtl.Sum(l => ArabicVisualOrder.UnbalancedBrackets(l.Logical.Text));

        var normal = NormalSpacing(lines);
        var texts = new List<(string Text, PdfLine Line)>();
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var text = Clean(mirror ? line.Logical.Mirrored : line.Logical.Text);
            if (text.Length == 0)
                continue;
            if (previous is not null && IsParagraphGap(previous, line, normal))
                texts.Add(("", line));
            else if (previous is not null && texts.Count > 0 && !previous.RightToLeft && texts[^1].Text.Length > 0
                     && HyphenatedEnd().IsMatch(texts[^1].Text) && char.IsLower(text[0]))
            {
                texts[^1] = (texts[^1].Text[..^1] + text, texts[^1].Line);
                previous = line;
                continue;
            }
            texts.Add((text, line));
            previous = line;
        }

        var blocks = new List<TextBlock>(texts.Count);
        foreach (var (text, line) in texts)
            blocks.Add(new TextBlock(text, blocks.Count + 1) { Page = line.Page, RightToLeft = text.Length > 0 && line.RightToLeft });
        return blocks;
    }

    /// <summary>Spaces made single; the glyphs were NFKC-normalised as the lines were built (PdfPageLines).</summary>
    private static string Clean(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>The usual distance from one baseline to the next, in font sizes: a low quantile, since in short
    /// documents paragraph gaps may outnumber the ordinary line steps.</summary>
    private static double NormalSpacing(List<PdfLine> lines)
    {
        var steps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (Step(lines[i - 1], lines[i]) is { } step)
                steps.Add(step);
        }
        if (steps.Count == 0)
            return double.MaxValue;
        steps.Sort();
        return steps[(int)(steps.Count * 0.2)];
    }

    /// <summary>A clearly wider step than usual, or a jump back up the page (the next column): the reader skips
    /// blank lines inside a paragraph, so a blank too many costs nothing and one too few merges a title with its chapeau.</summary>
    private static bool IsParagraphGap(PdfLine previous, PdfLine line, double normal) =>
        Step(previous, line) is { } step ? step > normal * 1.25 : previous.Page == line.Page;

    /// <summary>Baseline distance in font sizes, when the second line follows the first down the same page.</summary>
    private static double? Step(PdfLine above, PdfLine below)
    {
        if (above.Page != below.Page || below.Baseline >= above.Baseline)
            return null;
        return (above.Baseline - below.Baseline) / Math.Max(1, Math.Max(above.Size, below.Size));
    }

    [GeneratedRegex(@"\p{L}-$")]
    private static partial Regex HyphenatedEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
