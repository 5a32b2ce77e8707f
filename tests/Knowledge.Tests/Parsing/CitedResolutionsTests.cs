using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Tests.Parsing;

/// <summary>The resolutions a paragraph cites are kept, in the forms the corpus and questions can meet.</summary>
public sealed class CitedResolutionsTests
{
    [Theory]
    [InlineData("Recalling its resolution 37/3-INF on cybersecurity;", "OIC", new[] { "37/3" })]
    [InlineData("استناداً إلى القرارات رقم 8/2-إع و 8/4-إع الصادرة عن الدورة الثامنة؛", "OIC", new[] { "8/2", "8/4" })]
    [InlineData("Rappelant sa résolution 242 (1967) et sa résolution 338 (1973),", "UN", new[] { "S/RES/242 (1967)", "S/RES/338 (1973)" })]
    [InlineData("Recalling its resolution 54/195 of 17 December 1999,", "UN", new[] { "A/RES/54/195" })]
    [InlineData("Recalling resolution 3236 (XXIX),", "UN", new[] { "A/RES/3236 (XXIX)" })]
    [InlineData("Welcoming the endorsement in S/RES/2231 (2015),", "UN", new[] { "S/RES/2231 (2015)" })]
    public void Citations_are_read_in_every_printed_form(string text, string body, string[] expected) =>
        Assert.Equal(expected, CitedResolutions.Find(text, body));

    [Theory]
    [InlineData("Held in Riyadh on 2007/3/29 with 22 members;")]
    [InlineData("The meeting of 28/06/2011 in Astana;")]
    [InlineData("Document OIC/CFM-38/2011/INF/RES/FINAL;")]
    public void Dates_and_document_symbols_are_not_citations(string text) =>
        Assert.Empty(CitedResolutions.Find(text, "OIC"));
}
