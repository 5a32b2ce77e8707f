using System.Text;
using System.Text.RegularExpressions;
using ResBot.Knowledge.Decoding;
using ResBot.Knowledge.Parsing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ResBot.Knowledge.Tests.Decoding;

/// <summary>
/// Real PDFs made by LibreOffice from the sources in Samples/ (see make-samples.sh): text comes back word for
/// word in logical order, page furniture goes, paragraphs are separated, and broken files are refused, never thrown.
/// </summary>
public sealed partial class PdfDecoderTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "Decoding", "Samples");

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(Samples, name));

    private static DecodedDocument Decode(string name)
    {
        var result = new PdfDecoder().Decode(Sample(name));
        Assert.Null(result.Error);
        return result.Document!;
    }

    private static string[] Texts(DecodedDocument document) => document.Blocks.Select(b => b.Text).ToArray();

    /// <summary>Whitespace collapsed, and a line break after a dash ("9-" / "11 December") not counted as a space.</summary>
    private static string Flat(string text) => DashSpace().Replace(Space().Replace(text, " ").Trim(), "-");

    /// <summary>The paragraphs of an HTML source, a "-&lt;br&gt;" being a hyphen the layout put there.</summary>
    private static IEnumerable<string> SourceParagraphs(string html) =>
        Paragraph().Matches(html).Select(m => Flat(Tag().Replace(m.Groups[1].Value.Replace("-<br>", "").Replace("<br>", " "), "")));

    [Theory]
    [InlineData("oic-inf.en.pdf", "oic-inf.en.html")]
    [InlineData("oic-inf.fr.pdf", "oic-inf.fr.html")]
    [InlineData("oic-inf.ar.pdf", "oic-inf.ar.html")]
    public void Text_comes_back_word_for_word(string pdf, string source)
    {
        var decoded = Flat(string.Join(' ', Texts(Decode(pdf))));
        var paragraphs = SourceParagraphs(File.ReadAllText(Path.Combine(Samples, source))).ToList();
        Assert.NotEmpty(paragraphs);
        foreach (var paragraph in paragraphs)
            Assert.Contains(paragraph, decoded);
    }

    [Theory]
    [InlineData("قرار رقم 40/2-إع")]
    [InlineData("بشأن")]
    [InlineData("1- يدعو الدول الأعضاء إلى دعم الوكالة بالأخبار والكوادر والمساهمات الطوعية؛")]
    [InlineData("2- يطلب من الأمين العام متابعة تنفيذ هذا القرار وتقديم تقرير بشأنه إلى الدورة المقبلة.")]
    [InlineData("(أ) الدعم الإعلامي:")]
    [InlineData("يقرر ما يلي:")]
    public void Arabic_lines_are_in_logical_order_and_marked_right_to_left(string line)
    {
        var block = Assert.Single(Decode("oic-inf.ar.pdf").Blocks, b => b.Text == line);
        Assert.True(block.RightToLeft);
        Assert.Equal(1, block.Page);
    }

    [Fact]
    public void Arabic_text_keeps_numbers_and_latin_acronyms_in_reading_order_without_presentation_forms()
    {
        var text = string.Join('\n', Texts(Decode("oic-inf.ar.pdf")));
        Assert.Contains("(OIC-CERT)", text);
        Assert.Contains("رقم 38/4-إع؛", text);
        Assert.Contains("استناداً", text);
        Assert.DoesNotContain(text, c => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');
        Assert.False(Decode("oic-inf.ar.pdf").Blocks[0].RightToLeft);
    }

    [Theory]
    [InlineData("oic-inf.en.pdf", "RESOLUTION No. 2/40-INF", "ON", "SUPPORT FOR THE ISLAMIC NEWS AGENCY")]
    [InlineData("oic-inf.fr.pdf", "RÉSOLUTION N° 2/40-INF", "SUR", "LE SOUTIEN À L'AGENCE ISLAMIQUE D'INFORMATION")]
    [InlineData("oic-inf.ar.pdf", "قرار رقم 40/2-إع", "بشأن", "دعم وكالة الأنباء الإسلامية الدولية")]
    public void A_blank_line_separates_paragraphs_but_not_the_lines_of_one(string pdf, string heading, string concerning, string title)
    {
        var texts = Texts(Decode(pdf));
        var at = Array.IndexOf(texts, heading);
        Assert.True(at > 0, $"heading not found in:\n{string.Join('\n', texts)}");
        Assert.Equal(["", heading, concerning, title, ""], texts[(at - 1)..(at + 4)]);
    }

    [Fact]
    public void Lines_are_numbered_over_the_file_as_the_structure_reader_counts_them()
    {
        var blocks = Decode("multipage.en.pdf").Blocks;
        Assert.Equal(Enumerable.Range(1, blocks.Count), blocks.Select(b => b.Line));
        Assert.Equal([1, 2, 3], blocks.Select(b => b.Page ?? 0).Distinct());
    }

    [Theory]
    [InlineData("oic-inf.en.pdf", "specialized information institutions", "infor-")]
    [InlineData("oic-inf.fr.pdf", "spécialisées d'information de", "d'infor-")]
    public void A_word_hyphenated_across_lines_is_joined(string pdf, string joined, string broken)
    {
        var texts = Texts(Decode(pdf));
        Assert.Contains(texts, t => t.Contains(joined));
        Assert.DoesNotContain(texts, t => t.EndsWith(broken));
    }

    [Fact]
    public void A_dash_after_a_number_at_a_line_end_is_not_taken_for_hyphenation()
    {
        var texts = Texts(Decode("oic-inf.en.pdf"));
        Assert.Contains(texts, t => t.EndsWith("on 9-"));
        Assert.Contains("11 December 2013,", texts);
    }

    [Fact]
    public void Running_headers_footers_and_page_numbers_are_removed_and_reported()
    {
        var document = Decode("multipage.en.pdf");
        var texts = Texts(document);
        Assert.Equal(["removed 8 repeated page header/footer lines"], document.Warnings);
        Assert.DoesNotContain(texts, t => t.Contains("GE.14-40217"));
        Assert.DoesNotContain(texts, t => PageNumberLine().IsMatch(t));
        // The symbol's first copy stays: the structure reader finds the document by it.
        Assert.Equal(1, texts.Count(t => t == "OIC/CFM-41/2014/POL/RES/FINAL"));
        Assert.Contains(texts, t => t.StartsWith("41. Requests the Secretary-General"));
    }

    [Fact]
    public void Two_columns_are_read_one_after_the_other()
    {
        var texts = Texts(Decode("two-column.en.pdf"));
        var endOfLeft = Array.FindIndex(texts, t => t.EndsWith("moving to the right."));
        var startOfRight = Array.FindIndex(texts, t => t.StartsWith("The second column"));
        Assert.InRange(endOfLeft, 0, startOfRight - 1);
        Assert.Contains(texts, t => t.StartsWith("The first column opens"));
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_refused_as_scanned()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842).AddPng(Sample("scan.png"), new PdfRectangle(50, 100, 545, 792));
        var result = new PdfDecoder().Decode(builder.Build());
        Assert.Null(result.Document);
        Assert.Equal("scanned PDF: no text layer (run OCR first)", result.Error);
    }

    public static TheoryData<string, byte[], string> BrokenFiles => new()
    {
        { "text renamed .pdf", Encoding.UTF8.GetBytes("RESOLUTION No. 2/40-INF\nON\nA TITLE\n"), "not a PDF file" },
        { "empty", [], "not a PDF file" },
        { "header only", Encoding.ASCII.GetBytes("%PDF-1.7\n"), "PDF" },
        { "garbage after the header", Encoding.ASCII.GetBytes("%PDF-1.4\n" + new string('x', 2000)), "PDF" },
        { "truncated", Sample("oic-inf.en.pdf")[..4000], "PDF" },
        { "password-protected", Sample("encrypted.en.pdf"), "password-protected" },
        { "no pages", Encoding.ASCII.GetBytes(NoPages), "PDF" },
    };

    private const string NoPages = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n";

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Broken_files_are_refused_with_a_message_not_an_exception(string what, byte[] bytes, string message)
    {
        var result = new PdfDecoder().Decode(bytes);
        Assert.True(result.Document is null, what);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void A_non_pdf_named_pdf_is_refused_through_the_decoder_table()
    {
        var result = DocumentDecoders.Decode("notes.pdf", Encoding.UTF8.GetBytes("just some notes"));
        Assert.StartsWith("not a PDF file", result.Error);
    }

    [Theory]
    [InlineData("%PDF-1.7\n", true)]
    [InlineData("PK\u0003\u0004", false)]
    [InlineData(" %PDF-1.4", false)]
    public void Sniffs_the_pdf_signature(string head, bool isPdf) =>
        Assert.Equal(isPdf, new PdfDecoder().Sniffs(Encoding.ASCII.GetBytes(head)));

    [Fact]
    public void A_pdf_is_recognised_by_its_bytes_whatever_its_name()
    {
        var result = DocumentDecoders.Decode("resolution.txt", Sample("oic-inf.en.pdf"));
        Assert.Equal("pdf", result.Document?.Format);
    }

    [Theory]
    // The chapeau counts as the first preambular paragraph.
    [InlineData("oic-inf.en.pdf", "40/2", 2, new[] { "PP1", "PP2", "PP3", "1", "2" })]
    [InlineData("oic-inf.fr.pdf", "40/2", 2, new[] { "PP1", "PP2", "PP3", "1", "2" })]
    [InlineData("oic-inf.ar.pdf", "40/2", 2, new[] { "PP1", "PP2", "PP3", "A.1", "A.2" })]
    public void A_decoded_pdf_parses_into_its_resolution_and_paragraphs(string pdf, string key, int operative, string[] paragraphKeys)
    {
        var result = DocumentParser.Parse(Decode(pdf), "x.pdf");
        Assert.True(result.Errors.Count == 0, string.Join("; ", result.Errors.Select(e => $"{e.Line}: {e.Message}")));
        var resolution = Assert.Single(result.Document!.Resolutions);
        Assert.Equal(key, resolution.Key);
        Assert.Equal(paragraphKeys, resolution.Paragraphs.Select(p => p.Key));
        Assert.Equal(operative, resolution.Paragraphs.Count(p => p.Kind == Model.ParagraphKind.Operative));
    }

    [Fact]
    public void A_multi_page_pdf_parses_with_every_operative_paragraph()
    {
        var result = DocumentParser.Parse(Decode("multipage.en.pdf"), "multipage.pdf");
        Assert.Empty(result.Errors);
        var resolution = Assert.Single(result.Document!.Resolutions);
        Assert.Equal("41/7", resolution.Key);
        Assert.Equal(Enumerable.Range(1, 41).Select(n => n.ToString()), resolution.Paragraphs.Where(p => p.Kind == Model.ParagraphKind.Operative).Select(p => p.Key));
        Assert.Equal("OIC/CFM-41/2014/POL/RES/FINAL", result.Document.Symbol);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"- (?=\d)")]
    private static partial Regex DashSpace();

    [GeneratedRegex(@"<p[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^[-–\s]*\d+[-–\s]*$")]
    private static partial Regex PageNumberLine();
}
