using ResBot.Bot.Generative;

namespace ResBot.Bot.Tests.Generative;

public sealed class CitationCheckerTests
{
    private static readonly string[] Retrieved = ["38/4 ¶5", "38/4 ¶6", "38/1 ¶E.1", "38/2 ¶PP1"];

    public static TheoryData<string, string, string[], int> Cases => new()
    {
        // generated text, text after the check, valid keys kept, citations removed
        { "It calls upon states [38/4 ¶5].", "It calls upon states [38/4 ¶5].", ["38/4 ¶5"], 0 },
        { "It calls upon states [38/4 ¶5] and IINA [38/4 ¶6].", "It calls upon states [38/4 ¶5] and IINA [38/4 ¶6].", ["38/4 ¶5", "38/4 ¶6"], 0 },
        { "Both [38/4 ¶5, ¶6].", "Both [38/4 ¶5][38/4 ¶6].", ["38/4 ¶5", "38/4 ¶6"], 0 },
        { "Sections too [38/1 ¶E.1]; preamble [38/2 ¶PP1].", "Sections too [38/1 ¶E.1]; preamble [38/2 ¶PP1].", ["38/1 ¶E.1", "38/2 ¶PP1"], 0 },
        { "Invented [99/99 ¶1].", "Invented.", [], 1 },
        { "Real [38/4 ¶5] and invented [38/4 ¶9].", "Real [38/4 ¶5] and invented.", ["38/4 ¶5"], 1 },
        { "Mixed [38/4 ¶5; 99/99 ¶1].", "Mixed [38/4 ¶5].", ["38/4 ¶5"], 1 },
        { "Not a citation [sic] at all [1].", "Not a citation at all.", [], 2 },
        { "Arabic digits [٣٨/٤ ¶٥].", "Arabic digits [38/4 ¶5].", ["38/4 ¶5"], 0 },
        { "Loose spacing [38/4, ¶ 5].", "Loose spacing [38/4 ¶5].", ["38/4 ¶5"], 0 },
        { "Nothing cited.", "Nothing cited.", [], 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Keeps_only_citations_of_retrieved_clauses(string generated, string expectedText, string[] expectedKeys, int expectedRemoved)
    {
        var check = CitationChecker.Check(generated, Retrieved);

        Assert.Equal(expectedText, check.Text);
        Assert.Equal(expectedKeys, check.CitedKeys);
        Assert.Equal(expectedRemoved, check.RemovedCount);
    }

    [Theory]
    [InlineData("As resolution 99/99 demands [38/4 ¶5].", "99/99")]
    [InlineData("See also 38/7 [38/4 ¶5].", "38/7")]
    public void Reports_bare_references_to_resolutions_outside_the_retrieved_set(string generated, string unknown)
    {
        var check = CitationChecker.Check(generated, Retrieved);

        Assert.Equal([unknown], check.UnknownReferences);
    }

    [Fact]
    public void Accepts_resolutions_the_quoted_clauses_themselves_mention()
    {
        var check = CitationChecker.Check("It recalls resolution 37/1 [38/4 ¶5].", Retrieved, ["Recalling resolution No. 37/1-INF on information affairs"]);

        Assert.Empty(check.UnknownReferences);
    }

    [Theory]
    [InlineData("Resolution 38/4 asks [38/4 ¶5].")]
    [InlineData("القرار 4/38 يطلب [38/4 ¶5].")]
    [InlineData("Adopted on 30/6/2011 [38/4 ¶5].")]
    public void Accepts_references_to_retrieved_resolutions_in_either_order_and_dates(string generated)
    {
        Assert.Empty(CitationChecker.Check(generated, Retrieved).UnknownReferences);
    }
}
