using ResBot.Knowledge.Answers;

namespace ResBot.Knowledge.Tests.Answers;

/// <summary>Answers built from the references paragraphs print, and from the body a question names.</summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class ReferencesBetweenResolutionsTests(TestCorpus corpus)
{
    private Answer Ask(string question) => corpus.Assistant.Ask(new Question(question));

    [Fact]
    public void A_resolution_the_corpus_lacks_is_answered_from_the_paragraphs_citing_it()
    {
        var answer = Ask("What did resolution 37/3 say?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Contains("37/3 is not in the corpus", answer.Lead);
        Assert.All(answer.Clauses, c => Assert.Contains("37/3", c.Text));
    }

    [Fact]
    public void A_resolution_nothing_cites_is_not_found_and_cites_nothing()
    {
        var answer = Ask("What did resolution 12/30 ask member states to do?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Clauses);
    }

    [Fact]
    public void The_earlier_resolutions_a_resolution_builds_on_are_its_citing_paragraphs()
    {
        var answer = Ask("Which earlier resolutions does 38/4 build on?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.All(answer.Clauses, c => Assert.Equal("38/4", c.Citation.Resolution));
        Assert.Contains(answer.Clauses, c => c.Text.Contains("37/3"));
    }

    [Theory]
    [InlineData("What did the Security Council demand about the ceasefire?", "Security Council")]
    [InlineData("ماذا قررت القمة العربية بشأن المياه؟", "جامعة الدول العربية")]
    public void A_body_the_corpus_holds_nothing_of_is_said_so_without_quoting_another_body(string question, string named)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Clauses);
        Assert.Contains(named, answer.Lead);
    }

    [Theory]
    [InlineData("What does 38/4 ask the General Assembly to do?")]
    [InlineData("ما الذي يطلبه القرار 38/4 من مجلس الأمن؟")]
    public void A_body_named_elsewhere_in_the_question_does_not_hide_a_resolution_named_by_its_key(string question)
    {
        var answer = Ask(question);

        Assert.DoesNotContain("38/4", answer.Outcome == AnswerOutcome.NotFound ? answer.Lead.Replace("38/1, 38/2, 38/3, 38/4", "") : "");
        Assert.DoesNotContain("no resolution 38/4", answer.Lead);
        Assert.DoesNotContain("لم أجد القرار 38/4", answer.Lead);
    }

    [Theory]
    [InlineData("Which resolutions cite resolution 8/1-INF of COMIAC?", new[] { "38/1:PP6", "38/3:PP5" })]
    [InlineData("Quels paragraphes citent la résolution 8/1-INF de la Conférence islamique des ministres de l'Information ?", new[] { "38/1:PP2" })]
    [InlineData("Which paragraphs cite resolution 8/1-INF?", new[] { "38/1:PP2", "38/1:PP6", "38/3:PP5" })]
    public void A_number_two_bodies_gave_a_resolution_is_the_one_of_the_body_the_question_names(string question, string[] expected)
    {
        var cited = Ask(question).Clauses.Select(c => $"{c.Citation.Resolution}:{c.Citation.Paragraph}").Order();
        Assert.Equal(expected, cited);
    }
}
