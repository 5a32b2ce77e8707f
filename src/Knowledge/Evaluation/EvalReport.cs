namespace ResBot.Knowledge.Evaluation;

/// <summary>Precision and recall per language, micro-averaged over citations.</summary>
public sealed record EvalReport(IReadOnlyList<EvalResult> Results)
{
    public IEnumerable<string> Languages => Results.Select(r => r.Question.Language).Distinct().Order();

    public LanguageScore For(string language) => Score(Results.Where(r => r.Question.Language == language).ToList());

    public LanguageScore Overall => Score(Results);

    private static LanguageScore Score(IReadOnlyList<EvalResult> results)
    {
        var returned = results.Sum(r => r.Returned.Count);
        var expected = results.Sum(r => r.Question.Expected.Count);
        var correct = results.Sum(r => r.Correct);
        var notFound = results.Where(r => r.Question.Expected.Count == 0).ToList();
        return new LanguageScore(
            results.Count,
            returned == 0 ? 1 : correct / (double)returned,
            expected == 0 ? 1 : correct / (double)expected,
            results.Count(r => r.IsExact),
            notFound.Count(r => r.Returned.Count == 0),
            notFound.Count,
            results.Count(r => r.AnsweredLanguage == r.Question.Language));
    }
}

/// <param name="NotFoundCorrect">Questions expecting "not found" that got no citation.</param>
/// <param name="LanguageCorrect">Questions answered in their own language.</param>
public sealed record LanguageScore(int Questions, double Precision, double Recall, int Exact, int NotFoundCorrect, int NotFoundQuestions, int LanguageCorrect);
