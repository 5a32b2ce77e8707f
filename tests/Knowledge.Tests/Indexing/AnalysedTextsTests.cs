using Lucene.Net.Analysis.TokenAttributes;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>
/// A build indexes each paragraph from the tokens the annotator's analysis kept, and a paragraph under a section
/// heading from the heading's tokens (analysed once for all its paragraphs) followed by the text's. The index must
/// hold what analysing "heading\ntext" would give: the same terms at the same positions, stop words and over-long
/// words at the seam leaving their gap.
/// </summary>
public sealed class AnalysedTextsTests
{
    private static readonly LanguageAnalyzers Analyzers = new();

    public static TheoryData<Language, string, string> Headed => new()
    {
        { Language.En, "A. Cooperation in the field of", "Calls upon the Member States to act" },
        { Language.En, "Of the", "the Secretary-General is requested to report" },
        { Language.En, "Economic affairs", "and to the" },
        { Language.En, "Word " + new string('w', 300), new string('x', 260) + " urges all States" },
        { Language.Fr, "B. Questions relatives à la", "l'Organisation de la coopération islamique" },
        { Language.Ar, "الشؤون الاقتصادية في", "على الدول الأعضاء أن" },
    };

    [Theory]
    [MemberData(nameof(Headed))]
    public void A_headed_paragraph_is_indexed_as_its_heading_and_text_read_together(Language language, string heading, string text)
    {
        var analysed = new AnalysedTexts(Analyzers);
        Assert.Equal(Analyzers.Tokens(heading, language), analysed.HeadingTokens(heading, language));
        Assert.Equal(Analyzers.Tokens(text, language), analysed.Tokens(text, language));

        var kept = analysed.TakeUnder(heading, text, language);

        Assert.NotNull(kept);
        Assert.Equal(Analysed(heading + "\n" + text, language), kept.Select(t => analysed.Decode(t, language)));
    }

    [Theory]
    [MemberData(nameof(Headed))]
    public void A_paragraph_on_its_own_is_indexed_as_its_text(Language language, string _, string text)
    {
        var analysed = new AnalysedTexts(Analyzers);
        analysed.Tokens(text, language);

        Assert.Equal(Analysed(text, language), analysed.Take(text, language)!.Select(t => analysed.Decode(t, language)));
        Assert.Null(analysed.Take(text, language));
    }

    [Fact]
    public void A_text_not_analysed_here_is_left_to_the_index() =>
        Assert.Null(new AnalysedTexts(Analyzers).TakeUnder("Economic affairs", "Urges the States", Language.En));

    /// <summary>Each token of the text and its position increment, as Lucene's analysis of it gives them.</summary>
    private static List<(string, int)> Analysed(string text, Language language)
    {
        var tokens = new List<(string, int)>();
        using var stream = Analyzers.For(language).GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add((term.ToString(), increment.PositionIncrement));
        stream.End();
        return tokens;
    }
}
