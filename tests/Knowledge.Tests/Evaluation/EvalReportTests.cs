using ResBot.Knowledge.Evaluation;

namespace ResBot.Knowledge.Tests.Evaluation;

/// <summary>The answer yardstick on small in-memory cases: exact match, precision and recall per language, kind and split.</summary>
public sealed class EvalReportTests
{
    private static EvalResult Result(string id, string language, string? split, string? kind, string[] expected, string[] returned, string? answeredIn = null) =>
        new(new EvalQuestion(id, language, "?", expected) { Split = split, Kind = kind }, answeredIn ?? language, returned);

    // train: one exact, one with an extra citation; test: one missing a citation, one not-found that cites, one unlabelled.
    private static readonly EvalReport Report = new(
    [
        Result("en-1", "en", "train", "reference", ["38/4:6"], ["38/4:6"]),
        Result("fr-1", "fr", "train", "directive", ["38/4:5", "38/4:6"], ["38/4:5", "38/4:6", "38/4:8"]),
        Result("en-2", "en", "test", "directive", ["38/4:5", "38/4:6", "38/4:7"], ["38/4:5", "38/4:6"]),
        Result("ar-1", "ar", "test", "not-found", [], ["38/1:A.1"], answeredIn: "en"),
        Result("ar-2", "ar", null, null, [], []),
    ]);

    [Fact]
    public void An_answer_is_exact_only_when_the_cited_set_equals_the_expected_set()
    {
        Assert.Equal([true, false, false, false, true], Report.Results.Select(r => r.IsExact));
    }

    [Fact]
    public void Scores_per_kind_count_questions_citations_and_exact_answers_of_that_kind_only()
    {
        var directive = Report.ForKind("directive");

        Assert.Equal(2, directive.Questions);
        Assert.Equal(4 / 5.0, directive.Precision, 6);   // 4 of 5 cited were expected
        Assert.Equal(4 / 5.0, directive.Recall, 6);      // 4 of 5 expected were cited
        Assert.Equal(0, directive.Exact);
        Assert.Equal(0, directive.ExactRate);

        var reference = Report.ForKind("reference");
        Assert.Equal((1, 1.0, 1.0, 1, 1.0), (reference.Questions, reference.Precision, reference.Recall, reference.Exact, reference.ExactRate));
    }

    [Fact]
    public void Not_found_questions_count_as_right_only_without_a_citation()
    {
        var notFound = Report.ForKind("not-found");

        Assert.Equal((0, 1), (notFound.NotFoundCorrect, notFound.NotFoundQuestions));
        Assert.Equal(0, notFound.Precision);   // one citation, none expected
        Assert.Equal(1, notFound.Recall);      // nothing expected, nothing missed
        Assert.Equal((1, 2), (Report.Overall.NotFoundCorrect, Report.Overall.NotFoundQuestions));
    }

    [Fact]
    public void Kinds_come_in_the_documented_order_and_unlabelled_questions_last()
    {
        Assert.Equal(["reference", "not-found", "directive", EvalReport.Unlabelled], Report.Kinds);
        Assert.Equal(1, Report.ForKind(EvalReport.Unlabelled).Questions);
    }

    [Fact]
    public void A_split_keeps_only_its_questions_for_every_breakdown()
    {
        var test = Report.InSplit(EvalSplits.Test);

        Assert.Equal(["en-2", "ar-1"], test.Results.Select(r => r.Question.Id));
        Assert.Equal(["ar", "en"], test.Languages);
        Assert.Equal(["not-found", "directive"], test.Kinds);
        Assert.Equal(1, test.For("en").Precision);
        Assert.Equal(2 / 3.0, test.For("en").Recall, 6);
        Assert.Equal(2 / 3.0, test.Overall.Precision, 6);   // the not-found question's citation counts against it
        Assert.Equal(0, test.Overall.Exact);
        Assert.Equal(1, test.For("ar").Questions);

        var train = Report.InSplit(EvalSplits.Train);
        Assert.Equal((2, 1, 0.5), (train.Overall.Questions, train.Overall.Exact, train.Overall.ExactRate));
        Assert.Equal(1, train.Overall.Recall);
        Assert.Equal(3 / 4.0, train.Overall.Precision, 6);

        Assert.Same(Report, Report.InSplit(null));
    }

    [Fact]
    public void Split_totals_add_up_to_the_whole_set()
    {
        Assert.Equal(["train", "test", EvalReport.Unlabelled], Report.Splits);
        Assert.Equal(Report.Overall.Questions, Report.Splits.Sum(s => Report.ForSplit(s).Questions));
        Assert.Equal(Report.Overall.Exact, Report.Splits.Sum(s => Report.ForSplit(s).Exact));
        Assert.Equal((2, 1), (Report.ForSplit("train").Questions, Report.ForSplit("train").Exact));
        Assert.Equal((2, 0), (Report.ForSplit("test").Questions, Report.ForSplit("test").Exact));
    }

    [Fact]
    public void Answers_in_another_language_are_counted_per_language()
    {
        Assert.Equal((2, 1), (Report.For("ar").Questions, Report.For("ar").LanguageCorrect));
        Assert.Equal(4, Report.Overall.LanguageCorrect);
    }

    [Fact]
    public void Questions_of_a_split_are_selected_before_running()
    {
        var questions = Report.Results.Select(r => r.Question).ToList();

        Assert.Equal(["en-2", "ar-1"], Evaluator.InSplit(questions, "test").Select(q => q.Id));
        Assert.Equal(5, Evaluator.InSplit(questions, null).Count);
        Assert.Empty(Evaluator.InSplit(questions, "dev"));
    }

    [Fact]
    public void An_empty_group_scores_no_exact_rate()
    {
        var none = Report.ForKind("paraphrase");

        Assert.Equal((0, 0.0), (none.Questions, none.ExactRate));
    }
}
