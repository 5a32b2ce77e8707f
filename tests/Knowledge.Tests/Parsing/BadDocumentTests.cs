using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Tests.Parsing;

/// <summary>Broken documents are refused with the file, the line and the reason; nothing from them is kept.</summary>
public sealed class BadDocumentTests
{
    private const string Header = "OIC/CFM-38/2011/INF/RES/FINAL\n\n";

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n\n  ", "empty")]
    [InlineData("PK\u0003\u0004\0\0binary zip header", "binary")]
    [InlineData("Just some notes about the OIC, with no resolution in them.\n", "nothing resolution-like found")]
    [InlineData(Header + "Minutes of the meeting.\n", "nothing resolution-like found")]
    public void Unusable_files_are_refused_with_a_reason(string text, string reason)
    {
        var result = DocumentParser.Parse(text, "bad.txt");
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal("bad.txt", error.Source);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_resolution_cut_inside_its_preamble_is_kept_with_a_warning_on_its_heading_line()
    {
        var text = Header + "قرار رقم 38/1-إع\nبشأن\nالشؤون الإعلامية\n\nإن مجلس وزراء الخارجية،\n\nإذ يستذكر القرار السابق؛\n";
        var result = DocumentParser.Parse(text, "truncated.txt");
        var resolution = Assert.Single(result.Document!.Resolutions);
        Assert.All(resolution.Paragraphs, p => Assert.Equal(ParagraphKind.Preambular, p.Kind));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains("no operative paragraph", warning.Message);
    }

    [Fact]
    public void Duplicate_paragraph_numbers_are_refused_with_the_line_of_the_second()
    {
        var text = Header + "RESOLUTION No. 4/38-INF\nON\nCERT\n\nRecalling its earlier resolution;\n\n5. Encourages member States to cooperate.\n\n5. Calls upon member States to join.\n";
        var result = DocumentParser.Parse(text, "dup.txt");
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal(11, error.Line);
        Assert.Contains("paragraph 5 appears twice", error.Message);
    }

    [Fact]
    public void An_unclosed_metadata_header_is_refused()
    {
        var result = DocumentParser.Parse("---\nsymbol: X/Y/Z\nlanguage: en\n", "header.txt");
        Assert.Contains("never closed", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void An_unsupported_language_is_refused()
    {
        var result = DocumentParser.Parse("---\nsymbol: A/RES/60/1\nlanguage: de\n---\nRESOLUTION No. 1/60\n\n1. Decides.\n", "de.txt");
        Assert.Contains("unsupported language", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Metadata_header_overrides_what_the_text_says()
    {
        var text = "---\nsymbol: LAS/SUMMIT-33/2024/RES\nbody: LAS\nsession: 33\nplace: Manama\ndate: 2024-05-16\nlanguage: en\nstatus: authoritative\n---\n" +
                   "RESOLUTION No. 1/33-S\nON\nArab cooperation\n\nRecalling the Charter;\n\n1. Welcomes the report.\n";
        var document = DocumentParser.Parse(text, "las.txt").Document!;
        Assert.Equal(("LAS/SUMMIT-33/2024/RES", "LAS", 33, "Manama", "2024-05-16"), (document.Symbol, document.Body, document.Session, document.Place, document.Dates));
        Assert.True(document.IsAuthoritative);
        Assert.Equal("33/1", document.Resolutions.Single().Key);
    }
}
