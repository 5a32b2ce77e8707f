using System.Diagnostics;
using System.IO.Compression;
using ResBot.Knowledge.Decoding;
using ResBot.Knowledge.Parsing;
using Xunit.Abstractions;
using static ResBot.Knowledge.Tests.Decoding.WordDocuments;

namespace ResBot.Knowledge.Tests.Decoding;

public class DocxDecoderTests(ITestOutputHelper output)
{
    private static DecodedDocument Decode(byte[] bytes)
    {
        var result = DocumentDecoders.Decode("x.docx", bytes);
        Assert.Null(result.Error);
        return result.Document!;
    }

    private static DecodedDocument Sample(string name) => Decode(File.ReadAllBytes(Samples(name)));

    private static string[] TextLines(DecodedDocument document) => document.Lines().Where(l => l.Length > 0).ToArray();

    [Fact]
    public void Reads_an_English_OIC_file_with_numbers_and_section_letters_only_in_auto_numbering()
    {
        Assert.Equal(
        [
            "OIC/CFM-52/2025/INF/RES/FINAL",
            "RESOLUTIONS ON INFORMATION AFFAIRS ADOPTED BY THE FIFTY-SECOND SESSION OF THE COUNCIL OF FOREIGN MINISTERS",
            "RESOLUTION No. 3/52-INF",
            "ON",
            "STRENGTHENING THE NEWS AGENCY OF MEMBER STATES",
            "The Council of Foreign Ministers, meeting at its Fifty-second Session in Tashkent, Republic of Uzbekistan, on 14-15 May 2025,",
            "Recalling its resolution 2/51-INF on the same subject;",
            "Noting with appreciation the reports submitted by the Agency on its new regional offices;",
            "1. Calls upon member States to pay their contributions to the Agency on time;",
            "2. Invites the Agency to widen its services, in particular:",
            "(a) a daily bulletin in the three working languages;",
            "(b) training for young journalists of member States;",
            "3. Requests the Secretary-General to follow up this resolution and report to the next session.",
            "RESOLUTION No. 4/52-INF",
            "ON",
            "BROADCASTING AND THE DIGITAL MEDIA",
            "The Council of Foreign Ministers, meeting at its Fifty-second Session in Tashkent, Republic of Uzbekistan, on 14-15 May 2025,",
            "Guided by the objectives of the Charter on cooperation in the field of information;",
            "Decides the following:",
            "(A) On the Broadcasting Union:",
            "1. Welcomes the Union's plan for shared satellite channels;",
            "2. Urges member States to join the plan;",
            "(B) On digital media:",
            "1. Encourages member States to exchange programmes online;",
            "5. Requests the Secretary-General to report on this resolution to the next session.",
        ], TextLines(Sample("docx-oic-en.docx")));
    }

    [Fact]
    public void Keeps_the_label_apart_from_the_text_with_its_nesting_level()
    {
        var blocks = Sample("docx-oic-en.docx").Blocks;
        var subItem = Assert.Single(blocks, b => b.Text.StartsWith("a daily bulletin", StringComparison.Ordinal));
        Assert.Equal(("(a)", 1), (subItem.ListLabel, subItem.ListLevel));
        var section = Assert.Single(blocks, b => b.Text == "On digital media:");
        Assert.Equal(("(B)", 0), (section.ListLabel, section.ListLevel));
    }

    [Fact]
    public void Marks_paragraphs_that_open_with_a_bold_operative_verb()
    {
        var blocks = Sample("docx-oic-en.docx").Blocks.Where(b => b.Text.Length > 0).ToList();
        Assert.True(blocks.Single(b => b.Text.StartsWith("Calls upon", StringComparison.Ordinal)).StartsBold);
        Assert.False(blocks.Single(b => b.Text.StartsWith("Recalling", StringComparison.Ordinal)).StartsBold);
        Assert.False(blocks.Single(b => b.Text.StartsWith("a daily", StringComparison.Ordinal)).StartsBold);
    }

    [Fact]
    public void Reads_an_Arabic_file_right_to_left_with_lettered_sections()
    {
        var document = Sample("docx-oic-ar.docx");
        Assert.Equal(
        [
            "OIC/CFM-52/2025/INF/RES/FINAL",
            "قرار رقم 52/3-إع",
            "بشأن",
            "تعزيز وكالة أنباء الدول الأعضاء",
            "إن مجلس وزراء الخارجية المنعقد في دورته الثانية والخمسين في طشقند، جمهورية أوزبكستان، يومي 14-15 مايو 2025،",
            "إذ يشير إلى قراره رقم 51/2-إع بشأن الموضوع نفسه،",
            "يقرر ما يلي:",
            "(أ) بشأن الوكالة:",
            "1- يدعو الدول الأعضاء إلى سداد مساهماتها في الوكالة في موعدها؛",
            "2- يرحب بافتتاح مكاتب إقليمية جديدة للوكالة؛",
            "(ب) بشأن الإعلام الرقمي:",
            "1- يطلب من الأمين العام متابعة تنفيذ هذا القرار وتقديم تقرير بشأنه إلى الدورة القادمة.",
        ], TextLines(document));
        Assert.All(document.Blocks.Where(b => b.Text.Length > 0), b => Assert.True(b.RightToLeft, b.Text));
        Assert.True(document.Blocks.Single(b => b.Text.StartsWith("يدعو", StringComparison.Ordinal)).StartsBold);
    }

    [Fact]
    public void Reads_a_French_file_converted_from_a_web_page_with_nested_and_restarted_lists()
    {
        var lines = TextLines(Sample("docx-un-fr.docx"));
        Assert.Equal("L'Assemblée générale,", lines[2]);
        Assert.Equal(
        [
            "1. Prie le Secrétaire général de renforcer les échanges d'informations avec les organisations régionales ;",
            "2. Engage les États Membres à appuyer ces échanges, notamment :",
            "a. par des réunions annuelles de hauts fonctionnaires ;",
            "b. par des programmes communs de formation ;",
            "Décide en outre :",
            "3. Décide d'inscrire la question à l'ordre du jour provisoire de sa quatre-vingtième session.",
            "48e séance plénière",
            "3 décembre 2024",
        ], lines[5..]);
        Assert.All(Sample("docx-un-fr.docx").Blocks, b => Assert.False(b.RightToLeft));
    }

    [Fact]
    public void Parses_resolution_and_paragraph_keys_from_a_file_numbered_only_by_Word()
    {
        var decoded = Sample("docx-oic-en.docx");
        Assert.DoesNotContain(decoded.Blocks, b => b.Text.StartsWith("1.", StringComparison.Ordinal));

        var parsed = DocumentParser.Parse(decoded, "x.docx");

        Assert.Empty(parsed.Errors);
        var document = parsed.Document!;
        Assert.Equal("OIC/CFM-52/2025/INF/RES/FINAL", document.Symbol);
        Assert.Equal(["52/3", "52/4"], document.Resolutions.Select(r => r.Key));
        var first = document.Resolutions[0];
        Assert.Equal("STRENGTHENING THE NEWS AGENCY OF MEMBER STATES", first.Title);
        var keys = first.Paragraphs.Select(p => p.Key).ToList();
        Assert.Equal(["PP1", "PP2", "PP3", "1", "2"], keys.Take(5));
        Assert.Contains("3", keys);
        Assert.StartsWith("Calls upon member States", first.Paragraphs.Single(p => p.Key == "1").Text, StringComparison.Ordinal);
        Assert.StartsWith("The Council of Foreign Ministers", first.Paragraphs[0].Text, StringComparison.Ordinal);

        var second = document.Resolutions[1];
        Assert.Equal("BROADCASTING AND THE DIGITAL MEDIA", second.Title);
        Assert.Equal(["PP1", "PP2", "A.1", "A.2", "B.1", "B.5"], second.Paragraphs.Select(p => p.Key));
    }

    [Fact]
    public void Parses_an_Arabic_file_with_sections_numbered_by_Word()
    {
        var parsed = DocumentParser.Parse(Sample("docx-oic-ar.docx"), "x.docx");
        Assert.Empty(parsed.Errors);
        var resolution = Assert.Single(parsed.Document!.Resolutions);
        Assert.Equal("52/3", resolution.Key);
        Assert.Equal("تعزيز وكالة أنباء الدول الأعضاء", resolution.Title);
        Assert.Equal(["PP1", "PP2", "A.1", "A.2", "B.1"], resolution.Paragraphs.Select(p => p.Key));
    }

    [Fact]
    public void Leaves_out_deleted_revisions_field_codes_headers_and_footnotes_and_keeps_insertions()
    {
        var body =
            "<w:p><w:r><w:t xml:space=\"preserve\">Requests the </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>former </w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\">new </w:t></w:r></w:ins>"
            + "<w:r><w:t xml:space=\"preserve\">Secretary-General, page </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>";
        var document = Decode(Build(body, header: "HEADER TEXT", footnote: "FOOTNOTE TEXT"));
        Assert.Equal(["Requests the new Secretary-General, page 7"], TextLines(document));
    }

    [Fact]
    public void Splits_at_line_breaks_but_not_at_page_breaks_and_keeps_tabs()
    {
        var body = "<w:p><w:r><w:t>48th plenary meeting</w:t><w:br/><w:t>9 December 2025</w:t>"
            + "<w:br w:type=\"page\"/><w:t xml:space=\"preserve\"> (continued)</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>5.</w:t><w:tab/><w:t>Decides</w:t></w:r></w:p>";
        var document = Decode(Build(body));
        Assert.Equal(["48th plenary meeting", "9 December 2025 (continued)", "5.\tDecides"], TextLines(document));
        Assert.Equal(1, document.Blocks.Single(b => b.Text.StartsWith("9 December", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void Takes_numbering_direction_and_bold_from_styles_and_their_basedOn_chains()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"ArabicBase\"><w:pPr><w:bidi/></w:pPr><w:rPr><w:bCs/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"ArabicOperative\"><w:basedOn w:val=\"ArabicBase\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Plain\"><w:rPr><w:b w:val=\"0\"/></w:rPr></w:style>";
        var numbering = List(1, ("hindiNumbers", "%1-", 1, ""));
        var body = Paragraph("يطلب من الأمين العام متابعة القرار؛", extraProperties: "<w:pStyle w:val=\"ArabicOperative\"/>")
            + Paragraph("يدعو الدول الأعضاء؛", extraProperties: "<w:pStyle w:val=\"ArabicOperative\"/>")
            + "<w:p><w:r><w:rPr><w:rStyle w:val=\"Plain\"/></w:rPr><w:t>Not bold</w:t></w:r></w:p>"
            + "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>Also not bold</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Decides</w:t></w:r><w:r><w:t xml:space=\"preserve\"> to remain seized</w:t></w:r></w:p>";
        var blocks = Decode(Build(body, numbering, styles)).Blocks.Where(b => b.Text.Length > 0).ToList();

        Assert.Equal(["١- يطلب من الأمين العام متابعة القرار؛", "٢- يدعو الدول الأعضاء؛"], blocks.Take(2).Select(b => b.AsLine()));
        Assert.All(blocks.Take(2), b => Assert.True(b.RightToLeft && b.StartsBold));
        Assert.Equal([false, false, true], blocks.Skip(2).Select(b => b.StartsBold));
        Assert.All(blocks.Skip(2), b => Assert.False(b.RightToLeft));
        Assert.Equal("Decides to remain seized", blocks[^1].Text);
    }

    [Fact]
    public void Reads_table_cells_row_by_row_joining_one_line_cells()
    {
        var body = "<w:tbl>"
            + "<w:tr><w:tc><w:p><w:r><w:t>In favour</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>14</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:t>First paragraph;</w:t></w:r></w:p><w:p><w:r><w:t>Second paragraph.</w:t></w:r></w:p></w:tc></w:tr>"
            + "</w:tbl>";
        Assert.Equal(["In favour\t14", "First paragraph;", "Second paragraph."], TextLines(Decode(Build(body))));
    }

    [Fact]
    public void Puts_an_empty_block_between_paragraphs_but_not_after_a_heading_or_a_lone_ON()
    {
        var body = Paragraph("RESOLUTION No. 1/52-INF") + Paragraph("") + Paragraph("ON") + Paragraph("A TITLE") + Paragraph("The Council,");
        Assert.Equal(["RESOLUTION No. 1/52-INF", "ON", "A TITLE", "", "The Council,"], Decode(Build(body)).Lines());
    }

    [Fact]
    public void Refuses_a_zip_that_is_not_a_Word_file_by_name()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            entry.Write("<workbook/>");
        }
        foreach (var name in new[] { "book.docx", "book.txt" })
        {
            var result = DocumentDecoders.Decode(name, stream.ToArray());
            Assert.Null(result.Document);
            Assert.Equal("not a Word document: the ZIP holds no word/document.xml", result.Error);
        }
    }

    public static TheoryData<string, byte[], string> Broken => new()
    {
        { "truncated", File.ReadAllBytes(Samples("docx-oic-en.docx"))[..1500], "the Word file is damaged" },
        { "password-protected (OLE container)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "the Word file is password-protected" },
        { "not a ZIP at all", "just some text"u8.ToArray(), "not a Word document" },
        { "document.xml that is not XML", WithDocumentXml("this is not xml <<<"), "the Word file is damaged" },
        { "no package relationships", ZipWith("word/document.xml", "<w:document/>"), "the Word file is damaged" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Refuses_a_broken_file_with_a_clear_message_and_no_exception(string because, byte[] bytes, string expected)
    {
        var result = new DocxDecoder().Decode(bytes);
        Assert.Null(result.Document);
        output.WriteLine(result.Error);
        Assert.True(result.Error?.StartsWith(expected, StringComparison.Ordinal), $"{because}: {result.Error}");
    }

    [Fact]
    public void Refuses_a_Word_file_without_text()
    {
        Assert.Equal("the Word document has no text", new DocxDecoder().Decode(Build(Paragraph(" "))).Error);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, true)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, false)]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C }, false)]
    public void Sniffs_the_ZIP_signature(byte[] head, bool expected) => Assert.Equal(expected, new DocxDecoder().Sniffs(head));

    [Fact]
    public void Decodes_a_long_numbered_document_quickly()
    {
        const int paragraphs = 4000;
        var body = string.Concat(Enumerable.Range(0, paragraphs).Select(i =>
            i % 10 == 0 ? Paragraph($"On part {i / 10}:", numId: 1, level: 0) : Paragraph($"Requests the Secretary-General to report on item {i} to the next session;", numId: 1, level: 1)));
        var bytes = Build(body, List(1, ("upperLetter", "(%1)", 1, ""), ("decimal", "%2.", 1, "")));
        new DocxDecoder().Decode(bytes);

        var clock = Stopwatch.StartNew();
        var document = Decode(bytes);
        clock.Stop();

        Assert.Equal(paragraphs, document.Blocks.Count(b => b.Text.Length > 0));
        output.WriteLine($"{paragraphs} paragraphs ({bytes.Length / 1024} KB) in {clock.ElapsedMilliseconds} ms: {paragraphs / clock.Elapsed.TotalSeconds:F0} paragraphs/s");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    private static byte[] WithDocumentXml(string content)
    {
        using var stream = new MemoryStream();
        stream.Write(File.ReadAllBytes(Samples("docx-oic-en.docx")));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var entry = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            entry.Write(content);
        }
        return stream.ToArray();
    }

    private static byte[] ZipWith(string name, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry(name).Open());
            entry.Write(content);
        }
        return stream.ToArray();
    }
}
