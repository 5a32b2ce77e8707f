using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Tests.Parsing;

/// <summary>Headings of every body and era become one unambiguous key.</summary>
public sealed class ResolutionHeadingTests
{
    [Theory]
    [InlineData("قرار رقم 38/4-إع", null, null, "38/4", "إع")]
    [InlineData("RESOLUTION No. 4/38-INF", null, null, "38/4", "INF")]
    [InlineData("RÉSOLUTION N° 1/34-PAL SUR LA SITUATION", null, null, "34/1", "PAL")]
    [InlineData("RESOLUTION NO. 41/8-P (IS)", null, null, "8/41 (IS)", "P")]
    [InlineData("قرار رقم 4/15-أف", "OIC", 15, "15/4", "أف")]
    [InlineData("قرار رقم 15/4-أف", "OIC", 15, "15/4", "أف")]
    [InlineData("قرار رقم 8 - أف/ ق. أ - 5 (و.خ)", "OIC", 5, "5/8 (IS)", "أف")]
    [InlineData("58/85. Observer status for the Commission", "UN", null, "A/RES/58/85", "")]
    [InlineData("3236 (XXIX). Question of Palestine", "UN", null, "A/RES/3236 (XXIX)", "")]
    [InlineData("Resolution 242 (1967)", null, null, "S/RES/242 (1967)", "")]
    [InlineData("Resolution 338 (1973) of 22 October 1973", null, null, "S/RES/338 (1973)", "")]
    [InlineData("Résolution 2231 (2015)", null, null, "S/RES/2231 (2015)", "")]
    [InlineData("قرار مجلس الأمن رقم 242 (1967)", null, null, "S/RES/242 (1967)", "")]
    [InlineData("ق.ق: 365 د.ع (19) - 2007/3/29", "LAS", null, "LAS/SUM/365 (19)", "")]
    [InlineData("ق: 7360 - د.ع (127) - ج2", "LAS", null, "LAS/MIN/7360 (127)", "")]
    [InlineData("ق.ق: 551 د.غ.ع (3)", "LAS", null, "LAS/SUM/551 (E3)", "")]
    public void Headings_read_into_keys_unambiguous_across_bodies(string line, string? body, int? session, string key, string suffix)
    {
        Assert.True(ResolutionHeading.TryRead(line, new HeadingContext(body, session, Language.En), out var heading));
        Assert.Equal((key, suffix), (heading.Key, heading.Suffix));
    }

    [Theory]
    [InlineData("RESOLUTION No. 3/41-INF ON THE ROLE OF THE MEDIA", "THE ROLE OF THE MEDIA")]
    [InlineData("58/85. Observer status for the Commission", "Observer status for the Commission")]
    public void A_title_on_the_heading_line_is_kept(string line, string title)
    {
        Assert.True(ResolutionHeading.TryRead(line, new HeadingContext(null, null, Language.En), out var heading));
        Assert.Equal(title, heading.InlineTitle);
    }

    [Theory]
    [InlineData("1. Decides to remain seized of the matter;")]
    [InlineData("Recalling its resolution 242 (1967),")]
    [InlineData("58/85. Observer status for the Commission .......... 12")]
    [InlineData("2007/3/29")]
    public void Paragraphs_index_lines_and_dates_are_not_headings(string line)
    {
        Assert.False(ResolutionHeading.TryRead(line, new HeadingContext(null, null, Language.En), out _));
    }
}
