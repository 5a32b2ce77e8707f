using System.Diagnostics;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Answers;

[Collection(BundledCorpusCollection.Name)]
public sealed class AskCancellationTests(TestCorpus corpus)
{
    private const string TopicQuestion = "What does the OIC say about the Digital Solidarity Fund?";

    [Fact]
    public async Task An_ask_whose_budget_is_already_spent_ends_at_once_with_OperationCanceledException()
    {
        using var expired = new CancellationTokenSource();
        await expired.CancelAsync();

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => corpus.Assistant.AskAsync(new Question(TopicQuestion), expired.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task An_ask_within_its_budget_answers_as_the_synchronous_ask_does()
    {
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var answer = await corpus.Assistant.AskAsync(new Question(TopicQuestion), budget.Token);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.NotEmpty(answer.Clauses);
        Assert.Equal(corpus.Assistant.Ask(new Question(TopicQuestion)).Citations, answer.Citations);
    }

    [Fact]
    public void A_search_under_a_fired_budget_stops_with_OperationCanceledException()
    {
        using var expired = new CancellationTokenSource();
        expired.Cancel();
        var query = new ClauseQuery("Digital Solidarity Fund", Language.En, []);

        Assert.NotEmpty(corpus.Knowledge.Index.Search(query, 10));
        using (SearchCancellation.Scope(expired.Token))
            Assert.ThrowsAny<OperationCanceledException>(() => corpus.Knowledge.Index.Search(query, 10));
        Assert.NotEmpty(corpus.Knowledge.Index.Search(query, 10));
    }
}
