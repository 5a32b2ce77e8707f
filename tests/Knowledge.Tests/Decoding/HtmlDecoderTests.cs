using System.Text;
using ResBot.Knowledge.Decoding;
using ResBot.Knowledge.Parsing;
using static ResBot.Knowledge.Tests.Decoding.WordDocuments;

namespace ResBot.Knowledge.Tests.Decoding;

public class HtmlDecoderTests
{
    private static DecodedDocument Decode(string html) => Decode(Encoding.UTF8.GetBytes(html));

    private static DecodedDocument Decode(byte[] bytes)
    {
        var result = DocumentDecoders.Decode("page.html", bytes);
        Assert.Null(result.Error);
        return result.Document!;
    }

    private static DecodedDocument Sample(string name) => Decode(File.ReadAllBytes(Samples(name)));

    private static string[] TextLines(DecodedDocument document) => document.Lines().Where(l => l.Length > 0).ToArray();

    [Fact]
    public void Reads_an_English_web_copy_without_its_page_furniture()
    {
        Assert.Equal(
        [
            "OIC/CFM-52/2025/INF/RES/FINAL",
            "RESOLUTION No. 3/52-INF",
            "ON",
            "STRENGTHENING THE NEWS AGENCY OF MEMBER STATES",
            "The Council of Foreign Ministers, meeting at its Fifty-second Session in Tashkent, Republic of Uzbekistan, on 14-15 May 2025,",
            "Recalling its resolution 2/51-INF on the same subject;",
            "Noting with appreciation the reports submitted by the Agency on its new regional offices;",
            "1. Calls upon member States to pay their contributions to the Agency on time;",
            "2. Invites the Agency to widen its services, in particular:",
            "a. a daily bulletin in the three working languages;",
            "b. training for young journalists of member States;",
            "3. Requests the Secretary-General to follow up this resolution and report to the next session.",
        ], TextLines(Sample("html-oic-en.html")));
    }

    [Fact]
    public void Parses_resolution_and_paragraph_keys_from_a_web_copy()
    {
        var parsed = DocumentParser.Parse(Sample("html-oic-en.html"), "x.html");
        Assert.Empty(parsed.Errors);
        var resolution = Assert.Single(parsed.Document!.Resolutions);
        Assert.Equal("52/3", resolution.Key);
        Assert.Equal("STRENGTHENING THE NEWS AGENCY OF MEMBER STATES", resolution.Title);
        Assert.Equal(["PP1", "PP2", "PP3", "1", "2"], resolution.Paragraphs.Select(p => p.Key).Take(5));
        Assert.Contains(resolution.Paragraphs, p => p.Key == "3");
    }

    [Fact]
    public void Reads_a_French_wiki_copy_without_edit_links_contents_or_categories()
    {
        Assert.Equal(
        [
            "Résolution 79/321 de l'Assemblée générale",
            "Texte",
            "79/321. Coopération entre l'Organisation des Nations Unies et les organisations régionales",
            "L'Assemblée générale,",
            "Rappelant ses résolutions antérieures sur la coopération avec les organisations régionales,",
            "1. Prie le Secrétaire général de renforcer les échanges d'informations avec les organisations régionales ;",
            "2. Engage les États Membres à appuyer ces échanges ;",
            "4. Décide d'inscrire la question à l'ordre du jour provisoire de sa quatre-vingtième session.",
            "48e séance plénière",
            "3 décembre 2024",
            "Vote",
            "Pour\tContre\tAbstentions",
            "150\t3\t12",
        ], TextLines(Sample("html-un-fr.html")));
    }

    [Fact]
    public void Reads_an_Arabic_page_right_to_left_and_an_embedded_English_paragraph_left_to_right()
    {
        var blocks = Sample("html-las-ar.html").Blocks.Where(b => b.Text.Length > 0).ToList();
        Assert.Equal(
        [
            "قرارات مجلس الجامعة على مستوى القمة",
            "ق.ق: 901 د.ع (34) - 2025/5/17",
            "«دعم التعاون الإعلامي العربي»",
            "إن مجلس الجامعة على مستوى القمة،",
            "بعد اطلاعه على مذكرة الأمانة العامة،",
            "وإذ يؤكد أهمية العمل الإعلامي العربي المشترك،",
            "يقرر:",
            "1. الترحيب بخطة العمل الإعلامي العربي المشتركة للأعوام المقبلة؛",
            "2. دعوة الدول الأعضاء إلى المشاركة في تنفيذ الخطة؛",
            "3. تكليف الأمانة العامة بمتابعة تنفيذ هذا القرار.",
            "English summary: the summit welcomed the joint media plan.",
        ], blocks.Select(b => b.AsLine()));
        Assert.All(blocks[..^1], b => Assert.True(b.RightToLeft, b.Text));
        Assert.False(blocks[^1].RightToLeft);
        Assert.True(blocks.Single(b => b.Text.StartsWith("الترحيب", StringComparison.Ordinal)).StartsBold);
        Assert.False(blocks.Single(b => b.Text.StartsWith("بعد", StringComparison.Ordinal)).StartsBold);
    }

    [Theory]
    [InlineData("<script>var x = 'SCRIPT';</script><style>p{}</style><p>Kept</p>")]
    [InlineData("<nav>Home News</nav><p>Kept</p>")]
    [InlineData("<header>Site banner</header><p>Kept</p><footer>Copyright</footer>")]
    [InlineData("<div class=\"share-buttons\">Share on X</div><p>Kept</p>")]
    [InlineData("<div id=\"cookieConsent\">We use cookies <button>OK</button></div><p>Kept</p>")]
    [InlineData("<div role=\"navigation\">Menu</div><p>Kept</p><div role=\"contentinfo\">Contact</div>")]
    [InlineData("<ul class=\"breadcrumbs\"><li>Home</li></ul><p>Kept</p><aside>Related</aside>")]
    [InlineData("<form><input value=\"Search\"><button>Go</button></form><p>Kept</p>")]
    [InlineData("<h2>Kept <span class=\"mw-editsection\">[<a>edit</a>]</span></h2>")]
    [InlineData("<h2>Kept <a href=\"#\">[تعديل]</a></h2>")]
    public void Drops_page_furniture(string body) =>
        Assert.Equal(["Kept"], TextLines(Decode($"<!DOCTYPE html><html><body>{body}</body></html>")));

    [Fact]
    public void Never_drops_the_content_even_when_its_wrapper_has_a_furniture_name()
    {
        var html = "<html><body><div class=\"page-with-sidebar\"><p>Recalling its earlier resolutions on the subject of this text,</p>"
            + "<p>Requests the Secretary-General to report to the next session.</p></div></body></html>";
        Assert.Equal(2, TextLines(Decode(html)).Length);
    }

    [Fact]
    public void Prefers_the_main_element_when_it_holds_most_of_the_text()
    {
        var html = "<html><body><div>Latest news: a ministerial visit</div><main><p>The Council of Foreign Ministers, meeting at its session,</p>"
            + "<p>1. Decides to keep the matter under review.</p></main><div>Contact us</div></body></html>";
        Assert.Equal(["The Council of Foreign Ministers, meeting at its session,", "1. Decides to keep the matter under review."], TextLines(Decode(html)));
    }

    public static TheoryData<string, string[]> Lists => new()
    {
        { "<ol><li>One</li><li>Two</li></ol>", ["1. One", "2. Two"] },
        { "<ol start=\"4\"><li>Four</li><li>Five</li></ol>", ["4. Four", "5. Five"] },
        { "<ol type=\"a\"><li>x</li><li>y</li></ol>", ["a. x", "b. y"] },
        { "<ol type=\"I\" start=\"3\"><li>x</li></ol>", ["III. x"] },
        { "<ol type=\"i\"><li>x</li><li value=\"9\">y</li><li>z</li></ol>", ["i. x", "ix. y", "x. z"] },
        { "<ol reversed><li>x</li><li>y</li></ol>", ["2. x", "1. y"] },
        { "<ul><li>Welcomes the plan;</li></ul>", ["• Welcomes the plan;"] },
        { "<ul style=\"list-style: none\"><li>Plain</li></ul>", ["Plain"] },
        { "<ol><li>Invites:<ol type=\"a\"><li>first;</li></ol></li><li>Decides.</li></ol>", ["1. Invites:", "a. first;", "2. Decides."] },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Prints_list_markers_as_a_browser_does(string list, string[] expected) =>
        Assert.Equal(expected, TextLines(Decode($"<html><body>{list}</body></html>")));

    [Fact]
    public void Gives_nested_list_items_their_level()
    {
        var blocks = Decode("<html><body><ol><li>Invites:<ol type=\"a\"><li>first;</li></ol></li></ol></body></html>").Blocks.Where(b => b.Text.Length > 0).ToList();
        Assert.Equal([0, 1], blocks.Select(b => b.ListLevel));
    }

    [Fact]
    public void Splits_at_line_breaks_and_collapses_white_space_and_no_break_spaces()
    {
        var html = "<html><body><p>  48th&nbsp;&nbsp;plenary\n   meeting<br/>9 December 2025</p><div>Direct text<p>Inner paragraph</p>tail text</div></body></html>";
        Assert.Equal(["48th plenary meeting", "9 December 2025", "Direct text", "Inner paragraph", "tail text"], TextLines(Decode(html)));
    }

    [Fact]
    public void Marks_blocks_that_open_in_bold()
    {
        var blocks = Decode("<html><body><p> <strong>Decides</strong> to act;</p><p>Notes <b>with</b> concern,</p><p><span style=\"font-weight:700\">Urges</span> all;</p></body></html>")
            .Blocks.Where(b => b.Text.Length > 0);
        Assert.Equal([true, false, true], blocks.Select(b => b.StartsBold));
    }

    [Fact]
    public void Reads_the_charset_the_page_declares()
    {
        var html = "<html><head><meta charset=\"windows-1256\"></head><body dir=\"rtl\"><p>يقرر ما يلي:</p></body></html>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetBytes(html);
        var block = Assert.Single(Decode(bytes).Blocks);
        Assert.Equal("يقرر ما يلي:", block.Text);
        Assert.True(block.RightToLeft);
    }

    [Fact]
    public void Reads_UTF16_with_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<!DOCTYPE html><html><body><p>Décide</p></body></html>")).ToArray();
        Assert.Equal(["Décide"], TextLines(Decode(bytes)));
    }

    [Fact]
    public void Refuses_a_page_without_text()
    {
        var result = new HtmlDecoder().Decode(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><nav>Home</nav><script>x()</script><p> &nbsp; </p></body></html>"));
        Assert.Equal("the HTML page has no text", result.Error);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", true)]
    [InlineData("\uFEFF\n  <!doctype HTML>", true)]
    [InlineData("<HTML lang=\"ar\">", true)]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true)]
    [InlineData("<!-- saved page -->\n<html>", true)]
    [InlineData("<?xml version=\"1.0\"?><office:document>", false)]
    [InlineData("RESOLUTION No. 3/52-INF", false)]
    [InlineData("<p>a fragment</p>", false)]
    public void Sniffs_web_pages(string head, bool expected) =>
        Assert.Equal(expected, new HtmlDecoder().Sniffs(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Is_chosen_by_content_whatever_the_extension()
    {
        var result = DocumentDecoders.Decode("saved.txt", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>Kept</p></body></html>"));
        Assert.Equal("html", result.Document?.Format);
    }
}
