using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Understanding;

/// <summary>
/// Questions typed without accents or hamzas, with ه for a final ة or ى for ي, are read as in the standard spelling:
/// by the question readers' patterns and by their word tables.
/// </summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class SpellingVariantsTests(TestCorpus corpus)
{
    [Theory]
    [InlineData("que dit le deuxieme paragraphe de la resolution 38/4", "38/4", "6")]
    [InlineData("الفقرة الثانيه من القرار 38/4", "38/4", "6")]
    [InlineData("في الفقره 6 من القرار 38/4", "38/4", "6")]
    [InlineData("الفقرة الاولى من القرار 38/4", "38/4", "5")]
    [InlineData("الفقره الاخيره من القرار 38/4", "38/4", "8")]
    public void A_paragraph_named_in_a_variant_spelling_is_quoted_alone(string question, string resolution, string paragraph)
    {
        var answer = corpus.Assistant.Ask(new Question(question));

        var clause = Assert.Single(answer.Clauses);
        Assert.Equal((resolution, paragraph), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    [Theory]
    [InlineData("ماذا يقول القرار الثانى", "38/2")]
    [InlineData("que dit la deuxieme resolution", "38/2")]
    public void A_resolution_named_by_its_place_in_a_variant_spelling_is_that_resolution(string question, string resolution)
    {
        var answer = corpus.Assistant.Ask(new Question(question));

        Assert.NotEmpty(answer.Clauses);
        Assert.All(answer.Clauses, c => Assert.Equal(resolution, c.Citation.Resolution));
    }

    [Theory]
    [InlineData("quand est la journee de l'oci", FactKind.When)]
    [InlineData("اين انعقدت الدورة", FactKind.Where)]
    [InlineData("ou se trouve le secretariat ?", FactKind.Where)]
    public void Fact_questions_in_a_variant_spelling_ask_the_same_fact(string question, FactKind kind) =>
        Assert.Equal(kind, FactCue.Read(question));

    [Theory]
    [InlineData("deuxieme", "deuxième")]
    [InlineData("الثانيه", "الثانية")]
    [InlineData("الاولى", "الأولى")]
    [InlineData("الثانى", "الثاني")]
    public void Words_compare_equal_whatever_their_variant(string typed, string standard) =>
        Assert.True(SpellingVariants.Comparer.Equals(standard, typed) && SpellingVariants.Comparer.GetHashCode(standard) == SpellingVariants.Comparer.GetHashCode(typed));

    [Theory]
    [InlineData("deuxieme", "deuxième")]
    [InlineData("troisieme", "troisième")]
    public void Ordinals_are_read_whatever_the_accents(string typed, string standard) =>
        Assert.Equal(OrdinalWords.French(standard), OrdinalWords.French(typed));

    [Theory]
    [InlineData("[À-ÿ]", "[À-ÿ]")]
    [InlineData(@"\p{L}é", @"\p{L}[eéèêë]")]
    [InlineData("[éè]", "[eéèêëeéèêë]")]
    [InlineData("plain english", "plain english")]
    public void Patterns_are_widened_outside_escapes_and_class_ranges(string pattern, string widened) =>
        Assert.Equal(widened, SpellingVariants.Widen(pattern));
}
