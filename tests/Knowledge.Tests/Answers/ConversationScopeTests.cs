using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Answers;

/// <summary>A follow-up answered within the last answer's resolutions, saying so; a resolution it names always wins.</summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class ConversationScopeTests(TestCorpus corpus)
{
    private Answer Ask(string question, params string[] scope) => corpus.Assistant.Ask(new Question(question) { Scope = scope });

    [Theory]
    [InlineData("and paragraph 8?", "In 38/4: ")]
    [InlineData("what did it ask the Secretary-General?", "In 38/4: ")]
    [InlineData("ماذا عن الفقرة 8؟", "في القرار 38/4: ")]
    [InlineData("et le paragraphe 8 ?", "Dans 38/4 : ")]
    public void A_follow_up_is_answered_within_the_last_answers_resolution(string question, string lead)
    {
        var answer = Ask(question, "38/4");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.StartsWith(lead, answer.Lead);
        var clause = Assert.Single(answer.Clauses);
        Assert.Equal("38/4 ¶8", clause.Citation.ShortKey);
    }

    [Fact]
    public void Without_a_scope_a_paragraph_alone_asks_which_resolution()
    {
        var answer = Ask("and paragraph 8?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void A_resolution_the_question_names_wins_over_the_scope()
    {
        var answer = Ask("and paragraph 2 of resolution 38/1?", "38/4");

        Assert.DoesNotContain("In 38/4", answer.Lead);
        Assert.All(answer.Citations, c => Assert.Equal("38/1", c.Resolution));
    }

    [Fact]
    public void A_scope_the_corpus_does_not_hold_is_ignored()
    {
        var answer = Ask("and paragraph 8?", "99/9");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.DoesNotContain("99/9:", answer.Lead);
    }
}
