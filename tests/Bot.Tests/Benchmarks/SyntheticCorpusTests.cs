using Microsoft.Extensions.Options;
using ResBot.Bot.Benchmarks;
using ResBot.Knowledge;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Benchmarks;

/// <summary>The benchmark's corpus behaves like a real collection as it grows, and its baseline is the query ResBot sends.</summary>
public sealed class SyntheticCorpusTests : IDisposable
{
    private const string TopicQuestion = "What does the OIC say about the Digital Solidarity Fund?";

    private readonly string _work = Directory.CreateTempSubdirectory("resbot-synthetic-").FullName;

    private KnowledgeBase? _seed;

    /// <summary>The bundled corpus; its knowledge base stays open until the test ends, since its paragraphs read their texts from its data folder.</summary>
    private ResolutionCorpus Seed()
    {
        _seed ??= Knowledge(Path.Combine(AppContext.BaseDirectory, "corpus"), Path.Combine(_work, "seed-data"));
        return _seed.Corpus;
    }

    private static KnowledgeBase Knowledge(string corpus, string data) =>
        new(Options.Create(new KnowledgeOptions { CorpusPath = corpus, DataPath = data }));

    [Fact]
    public void A_larger_synthetic_corpus_has_a_larger_vocabulary_and_a_topic_in_a_smaller_share_of_its_paragraphs()
    {
        var seed = Seed();
        var small = SyntheticCorpus.Write(seed, Path.Combine(_work, "small"), 2_000);
        var large = SyntheticCorpus.Write(seed, Path.Combine(_work, "large"), 8_000);

        Assert.All(LanguageCodes.All, l => Assert.True(large.VocabularySizes[l] > small.VocabularySizes[l] * 1.5, $"{l}: {small.VocabularySizes[l]} → {large.VocabularySizes[l]}"));

        using var knowledge = Knowledge(Path.Combine(_work, "large"), Path.Combine(_work, "data"));
        var sent = new List<(ClauseQuery Query, int Take)>();
        using (SearchRecorder.Record(sent))
            Assert.Equal(AnswerOutcome.Found, new ResolutionAssistant(knowledge).Ask(new Question(TopicQuestion)).Outcome);
        var glossaryTerms = sent.SelectMany(s => s.Query.TermIds).Distinct().ToList();
        Assert.NotEmpty(glossaryTerms);
        var tagged = knowledge.Corpus.Resolutions.SelectMany(r => r.Paragraphs).Count(p => p.Terms.Intersect(glossaryTerms).Any());
        Assert.InRange(tagged * 100.0 / knowledge.Index.Count, 0.01, 10);
    }

    [Fact]
    public void The_baseline_runs_the_very_queries_an_answer_sent()
    {
        var seed = Seed();
        SyntheticCorpus.Write(seed, Path.Combine(_work, "corpus"), 2_000);
        using var knowledge = Knowledge(Path.Combine(_work, "corpus"), Path.Combine(_work, "data"));
        var sent = new List<(ClauseQuery Query, int Take)>();

        using (SearchRecorder.Record(sent))
            new ResolutionAssistant(knowledge).Ask(new Question(TopicQuestion));
        new ResolutionAssistant(knowledge).Ask(new Question(TopicQuestion));

        var (query, take) = Assert.Single(sent);
        Assert.NotEmpty(query.TermIds);
        Assert.True(knowledge.Index.ExactSearch(query, take) > 0);
        Assert.Equal(knowledge.Index.Search(query, take).Count, Math.Min(take, knowledge.Index.ExactSearch(query, take)));
    }

    public void Dispose()
    {
        _seed?.Dispose();
        Directory.Delete(_work, recursive: true);
    }
}
