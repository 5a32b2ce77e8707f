using ResBot.Knowledge.Evaluation;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Evaluation;

/// <summary>
/// The question set in eval/ keeps its shape (80 questions a language, every kind in both splits, citations that
/// exist), and the answers on its held-out test split stay above a floor in every language.
/// </summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class EvalFloorTests(TestCorpus corpus)
{
    // The level reached on the test split (tuning on train only; see README): a ratchet, not the goal. The goal on questions
    // never tuned on is ≥ 80 % exact on the hard kinds and no citation at all on not-found questions. Lowered when 90
    // questions written without running ResBot (ids *-nNN) joined the set, raised after the names and references work,
    // and again after the facts, pronoun-addressee, other-script and mention work. The larger paraphrase lexicon and
    // "where" facts then took exact answers from 119 to 123 of 167 while moving English precision from 72.6 % to 71.8 %
    // and Arabic recall from 78.8 % to 77.3 % (a "where" question answered by one of the clauses naming the place): the
    // lowest languages on the test split were English at 71.8 % precision and 68.4 % exact and Arabic at 77.3 % recall.
    // After the negation, number, mention and reference work the lowest are English at 71.8 % precision, 83.6 % recall
    // and 68.4 % exact; 1 of 16 not-found questions gets a citation. The 90 questions of batch s11 (written on
    // 2 December by a helper who saw neither ResBot nor the other questions, never read while tuning) then joined the
    // test split: its lowest are English at 77.6 % precision and 75.2 % exact and Arabic at 80.9 % recall, and 3 of 34
    // not-found questions get a citation (two before s11 joined, one of s11). Batch s16 (90 questions written the same
    // way on 3 December, 61 exact on arrival, never read while tuning) then joined it: 4 of 43 not-found questions get a
    // citation (two of s16). Batch s18 (90 more written the same way on 3 December, 52 exact on arrival, never read while
    // tuning) then joined it: the lowest are Arabic at 70.6 % precision and French at 79.1 % recall, and 9 of 52
    // not-found questions get a citation (five of s18). After the chair, dated-meeting, sessions and mention work the
    // lowest are English at 78.6 % precision, Arabic at 79.6 % recall and Arabic and French at 76.0 % exact.
    private const double PrecisionFloor = 0.78;
    private const double RecallFloor = 0.79;
    private const double ExactFloor = 0.75;
    private const int NotFoundMissesAllowed = 9;
    private const int LanguageMissesAllowed = 0;

    private static IReadOnlyList<EvalQuestion> Questions() =>
        Evaluator.ReadQuestions(Path.Combine(AppContext.BaseDirectory, "eval", "questions.jsonl"));

    [Fact]
    public void Every_language_has_80_questions_with_every_kind_in_both_splits()
    {
        var questions = Questions();

        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
        foreach (var language in new[] { "ar", "en", "fr" })
        {
            var own = questions.Where(q => q.Language == language).ToList();
            Assert.True(own.Count >= 80, $"{language}: only {own.Count} questions");
            foreach (var kind in EvalKinds.All)
            {
                Assert.Contains(own, q => q.Kind == kind && q.Split == EvalSplits.Train);
                Assert.Contains(own, q => q.Kind == kind && q.Split == EvalSplits.Test);
            }
        }
        Assert.All(questions, q => Assert.Contains(q.Kind, EvalKinds.All));
        Assert.All(questions, q => Assert.Contains(q.Split, new[] { EvalSplits.Train, EvalSplits.Test }));
        Assert.All(questions, q => Assert.Equal(q.Kind == "not-found", q.Expected.Count == 0));
        var train = questions.Count(q => q.Split == EvalSplits.Train);
        // The train split grows by batches written later for tuning; the test split (the questions written before any
        // tuning, never tuned on) stays at least a quarter of the set.
        Assert.InRange(train, questions.Count * 0.4, questions.Count * 0.75);
    }

    [Fact]
    public void Every_expected_citation_names_a_paragraph_of_the_bundled_corpus()
    {
        foreach (var question in Questions())
        {
            foreach (var citation in question.Expected)
            {
                var colon = citation.LastIndexOf(':');
                var paragraph = colon < 0 ? null : corpus.Knowledge.Corpus.FindResolution(citation[..colon])?.FindParagraph(citation[(colon + 1)..]);
                Assert.True(paragraph is not null, $"{question.Id}: {citation} is not a paragraph of the corpus");
                if (question.Kind == "preamble")
                    Assert.True(paragraph.Kind == ParagraphKind.Preambular, $"{question.Id}: {citation} is not preambular");
                if (question.Kind == "directive")
                    Assert.True(paragraph.Kind == ParagraphKind.Operative, $"{question.Id}: {citation} is not operative");
            }
        }
    }

    [Fact]
    public async Task Every_language_stays_above_the_floor_on_the_test_split()
    {
        var report = await Evaluator.RunAsync(corpus.Assistant, Evaluator.InSplit(Questions(), EvalSplits.Test));

        Assert.Equal(["ar", "en", "fr"], report.Languages);
        foreach (var language in report.Languages)
        {
            var score = report.For(language);
            Assert.True(score.Precision >= PrecisionFloor, $"{language}: precision {score.Precision:P1} < {PrecisionFloor:P0}");
            Assert.True(score.Recall >= RecallFloor, $"{language}: recall {score.Recall:P1} < {RecallFloor:P0}");
            Assert.True(score.ExactRate >= ExactFloor, $"{language}: exact {score.ExactRate:P1} < {ExactFloor:P0}");
        }
        var overall = report.Overall;
        Assert.True(overall.NotFoundQuestions - overall.NotFoundCorrect <= NotFoundMissesAllowed,
            $"{overall.NotFoundQuestions - overall.NotFoundCorrect} not-found questions got a citation");
        Assert.True(overall.Questions - overall.LanguageCorrect <= LanguageMissesAllowed,
            $"{overall.Questions - overall.LanguageCorrect} answers in another language");
    }
}
