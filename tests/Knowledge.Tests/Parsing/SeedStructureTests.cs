using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Tests.Parsing;

/// <summary>Pins the structure of the seed document, flaws and all, in each of its three language versions.</summary>
public sealed class SeedStructureTests
{
    public static TheoryData<string> Versions => new() { "ar", "en", "fr" };

    private static readonly Dictionary<string, string[]> Operative = new()
    {
        ["38/1"] = ["A.1", "A.2", "B.1", "C.1", "C.2", "D.1", "D.2", "D.3", "E.1", "E.2", "E.3", "OP-final"],
        ["38/2"] = ["1", "2"],
        ["38/3"] = ["1", "2", "3", "4"],
        ["38/4"] = ["5", "6", "7", "8"],
    };

    private static readonly Dictionary<string, int> PreambularCount = new()
    {
        ["38/1"] = 14,
        ["38/2"] = 1,
        ["38/3"] = 11,
        ["38/4"] = 9,
    };

    private static ParsedDocument Parse(string version)
    {
        var text = version switch
        {
            "ar" => TestCorpus.ArabicSeed,
            "en" => TestCorpus.EnglishVersion,
            _ => TestCorpus.FrenchVersion,
        };
        var result = DocumentParser.Parse(text, $"seed.{version}.txt");
        Assert.Empty(result.Errors);
        return result.Document!;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_version_holds_the_four_resolutions_in_order(string version)
    {
        var document = Parse(version);
        Assert.Equal(["38/1", "38/2", "38/3", "38/4"], document.Resolutions.Select(r => r.Key));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Operative_paragraphs_carry_their_printed_keys(string version)
    {
        foreach (var resolution in Parse(version).Resolutions)
        {
            var keys = resolution.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).Select(p => p.Key);
            Assert.Equal(Operative[resolution.Key], keys);
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Preambular_paragraphs_come_first_and_are_numbered_in_order(string version)
    {
        foreach (var resolution in Parse(version).Resolutions)
        {
            var count = PreambularCount[resolution.Key];
            var preamble = resolution.Paragraphs.Take(count).ToList();
            Assert.All(preamble, p => Assert.Equal(ParagraphKind.Preambular, p.Kind));
            Assert.Equal(Enumerable.Range(1, count).Select(i => $"PP{i}"), preamble.Select(p => p.Key));
            Assert.Equal(count + Operative[resolution.Key].Length, resolution.Paragraphs.Count);
        }
    }

    [Fact]
    public void Arabic_metadata_is_read_from_the_document_itself()
    {
        var document = Parse("ar");
        Assert.Equal("OIC/CFM-38/2011/INF/RES/FINAL", document.Symbol);
        Assert.Equal("OIC", document.Body);
        Assert.Equal(38, document.Session);
        Assert.Equal(Language.Ar, document.Language);
        Assert.True(document.IsAuthoritative);
        Assert.Contains("أستانا", document.Place);
        Assert.Contains("2011", document.Dates);
        Assert.All(document.Resolutions, r => Assert.Equal("إع", r.Suffix));
    }

    [Theory]
    [InlineData("en", "INF")]
    [InlineData("fr", "INF")]
    public void Translations_are_marked_unofficial_and_read_number_before_session(string version, string suffix)
    {
        var document = Parse(version);
        Assert.False(document.IsAuthoritative);
        Assert.Equal("OIC/CFM-38/2011/INF/RES/FINAL", document.Symbol);
        Assert.All(document.Resolutions, r => Assert.Equal(suffix, r.Suffix));
    }

    [Fact]
    public void Arabic_flaws_are_survived()
    {
        var document = Parse("ar");
        var r1 = document.Resolutions[0];
        var r3 = document.Resolutions[2];

        // Bold markers are gone from titles and text.
        Assert.Equal("دعم صندوق التضامن الرقمي", r3.Title);
        Assert.DoesNotContain(document.Resolutions.SelectMany(r => r.Paragraphs), p => p.Text.Contains("**"));

        // The reversed "-4 **يطلب**" is paragraph 4 and starts with its verb.
        Assert.StartsWith("يطلب من الأمين العام", r3.Paragraphs.Single(p => p.Key == "4").Text);

        // A paragraph broken by a stray blank line mid-sentence is one paragraph.
        Assert.Contains("لمجتمع المعلومات الصادرة", r1.Paragraphs.Single(p => p.Key == "PP8").Text);
        Assert.Contains("للمؤتمر الإسلامي لوزراء الإعلام", r1.Paragraphs.Single(p => p.Key == "C.2").Text);

        // The bullet paragraph is the final unnumbered request; sections keep their Arabic headings.
        Assert.StartsWith("يطلب من الأمين العام", r1.Paragraphs.Single(p => p.Key == "OP-final").Text);
        Assert.Equal("E", r1.Paragraphs.Single(p => p.Key == "E.3").Section);
        Assert.Contains("يوم منظمة المؤتمر الإسلامي", r1.Paragraphs.Single(p => p.Key == "E.3").SectionTitle);
    }

    [Fact]
    public void Table_of_contents_entries_are_not_resolutions_or_paragraphs()
    {
        var document = Parse("ar");
        Assert.DoesNotContain(document.Resolutions.SelectMany(r => r.Paragraphs), p => p.Text.Contains("نراررقم"));
    }
}
