using ResBot.Knowledge.Evaluation;

namespace ResBot.Knowledge.Tests.Evaluation;

/// <summary>The question set in eval/ must keep its quality: a floor under precision and recall in every language.</summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class EvalFloorTests(TestCorpus corpus)
{
    private const double PrecisionFloor = 0.7;
    private const double RecallFloor = 0.85;

    [Fact]
    public async Task Every_language_stays_above_the_floor_and_off_topic_questions_cite_nothing()
    {
        var questions = Evaluator.ReadQuestions(Path.Combine(AppContext.BaseDirectory, "eval", "questions.jsonl"));
        var report = await Evaluator.RunAsync(corpus.Assistant, questions);

        Assert.Equal(["ar", "en", "fr"], report.Languages);
        foreach (var language in report.Languages)
        {
            var score = report.For(language);
            Assert.True(score.Questions >= 15, $"{language}: only {score.Questions} questions");
            Assert.True(score.Precision >= PrecisionFloor, $"{language}: precision {score.Precision:P1} < {PrecisionFloor:P0}");
            Assert.True(score.Recall >= RecallFloor, $"{language}: recall {score.Recall:P1} < {RecallFloor:P0}");
            Assert.Equal(score.NotFoundQuestions, score.NotFoundCorrect);
            Assert.Equal(score.Questions, score.LanguageCorrect);
        }
    }
}
