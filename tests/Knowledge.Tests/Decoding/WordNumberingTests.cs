using DocumentFormat.OpenXml.Wordprocessing;
using ResBot.Knowledge.Decoding;
using static ResBot.Knowledge.Tests.Decoding.WordDocuments;

namespace ResBot.Knowledge.Tests.Decoding;

public class WordNumberingTests
{
    [Theory]
    [InlineData("decimal", 7, "7")]
    [InlineData("decimalZero", 7, "07")]
    [InlineData("decimalZero", 12, "12")]
    [InlineData("lowerLetter", 1, "a")]
    [InlineData("lowerLetter", 27, "aa")]
    [InlineData("upperLetter", 3, "C")]
    [InlineData("lowerRoman", 4, "iv")]
    [InlineData("upperRoman", 1994, "MCMXCIV")]
    [InlineData("arabicAlpha", 1, "أ")]
    [InlineData("arabicAlpha", 3, "ت")]
    [InlineData("arabicAlpha", 28, "ي")]
    [InlineData("arabicAbjad", 3, "ج")]
    [InlineData("arabicAbjad", 5, "ه")]
    [InlineData("arabicAbjad", 10, "ي")]
    [InlineData("arabicAbjad", 28, "غ")]
    [InlineData("hindiNumbers", 12, "١٢")]
    [InlineData("none", 3, "")]
    [InlineData("ordinalText", 3, "3")]
    public void Formats_a_counter_as_Word_prints_it(string numFmt, int value, string expected) =>
        Assert.Equal(expected, ListNumberFormat.Word(numFmt, value));

    [Theory]
    [InlineData(null, 3, "3.")]
    [InlineData("a", 28, "ab.")]
    [InlineData("A", 2, "B.")]
    [InlineData("i", 9, "ix.")]
    [InlineData("I", 14, "XIV.")]
    public void Formats_a_counter_as_a_browser_prints_an_ordered_list(string? type, int value, string expected) =>
        Assert.Equal(expected, ListNumberFormat.Html(type, value));

    public static TheoryData<string, (int NumId, int Level)[], string?[]> Sequences => new()
    {
        {
            "lower levels restart when a higher one advances",
            [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1)],
            ["1.", "(a)", "(b)", "2.", "(a)"]
        },
        {
            "sections lettered, paragraphs numbered from 1 in each, sub-items by roman",
            [(2, 0), (2, 1), (2, 1), (2, 2), (2, 0), (2, 1)],
            ["(A)", "1.", "2.", "(i)", "(B)", "1."]
        },
        { "start values honoured", [(3, 0), (3, 0)], ["5-", "6-"] },
        { "multi-level text prints every level", [(4, 0), (4, 1), (4, 1), (4, 0), (4, 1)], ["1.", "1.1.", "1.2.", "2.", "2.1."] },
        { "lvlRestart 0 keeps counting across higher levels", [(5, 0), (5, 1), (5, 0), (5, 1)], ["1.", "a)", "2.", "b)"] },
        { "bullets print a bullet, numId 0 and unknown ids nothing", [(6, 0), (0, 0), (99, 0)], ["•", null, null] },
        { "Arabic sections (abjad) and Arabic-Indic paragraph numbers", [(7, 0), (7, 1), (7, 1), (7, 0), (7, 0), (7, 1)], ["(أ)", "١-", "٢-", "(ب)", "(ج)", "١-"] },
        { "a second w:num on the same list continues it; a startOverride restarts it", [(8, 0), (8, 0), (9, 0), (10, 0), (10, 0)], ["1.", "2.", "3.", "1.", "2."] },
        { "legal numbering prints higher levels in decimal", [(11, 0), (11, 1)], ["I.", "1.1"] },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Replays_Word_counters_in_document_order(string because, (int NumId, int Level)[] paragraphs, string?[] expected)
    {
        var numbering = new WordNumbering(new Numbering($"<w:numbering xmlns:w=\"{W}\">{Definitions}</w:numbering>"));
        var labels = paragraphs.Select(p => numbering.Next(p.NumId, p.Level)).ToArray();
        Assert.True(expected.SequenceEqual(labels), $"{because}: got {string.Join(" | ", labels)}");
    }

    private static readonly string Definitions = string.Concat(
        List(1, ("decimal", "%1.", 1, ""), ("lowerLetter", "(%2)", 1, "")),
        List(2, ("upperLetter", "(%1)", 1, ""), ("decimal", "%2.", 1, ""), ("lowerRoman", "(%3)", 1, "")),
        List(3, ("decimal", "%1-", 5, "")),
        List(4, ("decimal", "%1.", 1, ""), ("decimal", "%1.%2.", 1, "")),
        List(5, ("decimal", "%1.", 1, ""), ("lowerLetter", "%2)", 1, "<w:lvlRestart w:val=\"0\"/>")),
        List(6, ("bullet", "\uF0B7", 1, "")),
        List(7, ("arabicAbjad", "(%1)", 1, ""), ("hindiNumbers", "%2-", 1, "")),
        List(8, ("decimal", "%1.", 1, "")),
        "<w:num w:numId=\"9\"><w:abstractNumId w:val=\"8\"/></w:num>",
        "<w:num w:numId=\"10\"><w:abstractNumId w:val=\"8\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>",
        List(11, ("upperRoman", "%1.", 1, ""), ("decimal", "%1.%2", 1, "<w:isLgl/>")));
}
