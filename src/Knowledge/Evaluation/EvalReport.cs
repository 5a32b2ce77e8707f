namespace ResBot.Knowledge.Evaluation;

/// <summary>
/// Precision and recall micro-averaged over citations, and the exact-match rate (cited set equals expected set),
/// per language, per kind and per split of the question set.
/// </summary>
public sealed record EvalReport(IReadOnlyList<EvalResult> Results)
{
    /// <summary>Label of questions that carry no kind or no split.</summary>
    public const string Unlabelled = "(none)";

    public IEnumerable<string> Languages => Results.Select(r => r.Question.Language).Distinct().Order(StringComparer.Ordinal);

    /// <summary>Kinds present, in the order of <see cref="EvalKinds.All"/>, then any other kind, then <see cref="Unlabelled"/>.</summary>
    public IEnumerable<string> Kinds => Results.Select(r => KindOf(r.Question)).Distinct().OrderBy(EvalKinds.Rank).ThenBy(k => k, StringComparer.Ordinal);

    /// <summary>Splits present: train, test, then any other, then <see cref="Unlabelled"/>.</summary>
    public IEnumerable<string> Splits => Results.Select(r => SplitOf(r.Question)).Distinct().OrderBy(SplitRank).ThenBy(s => s, StringComparer.Ordinal);

    public LanguageScore For(string language) => Score(Results.Where(r => r.Question.Language == language).ToList());

    public LanguageScore ForKind(string kind) => Score(Results.Where(r => KindOf(r.Question) == kind).ToList());

    public LanguageScore ForSplit(string split) => Score(Results.Where(r => SplitOf(r.Question) == split).ToList());

    public LanguageScore Overall => Score(Results);

    /// <summary>The same report restricted to one split ("train", "test"); null keeps every question.</summary>
    public EvalReport InSplit(string? split) =>
        split is null ? this : new EvalReport(Results.Where(r => SplitOf(r.Question) == split).ToList());

    public static string KindOf(EvalQuestion question) => string.IsNullOrWhiteSpace(question.Kind) ? Unlabelled : question.Kind.Trim();

    public static string SplitOf(EvalQuestion question) => string.IsNullOrWhiteSpace(question.Split) ? Unlabelled : question.Split.Trim();

    private static int SplitRank(string split) => split switch
    {
        EvalSplits.Train => 0,
        EvalSplits.Test => 1,
        Unlabelled => 3,
        _ => 2,
    };

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

/// <summary>Scores over a group of questions (a language, a kind, a split or all of them).</summary>
/// <param name="Precision">Cited paragraphs that were expected, over all cited (1 when nothing was cited).</param>
/// <param name="Recall">Expected paragraphs that were cited, over all expected (1 when nothing was expected).</param>
/// <param name="Exact">Questions whose cited set equals the expected set.</param>
/// <param name="NotFoundCorrect">Questions expecting "not found" that got no citation.</param>
/// <param name="LanguageCorrect">Questions answered in their own language.</param>
public sealed record LanguageScore(int Questions, double Precision, double Recall, int Exact, int NotFoundCorrect, int NotFoundQuestions, int LanguageCorrect)
{
    /// <summary>Share of questions answered exactly; 0 for an empty group.</summary>
    public double ExactRate => Questions == 0 ? 0 : Exact / (double)Questions;
}

/// <summary>The split names a question set uses: tune on train, measure on test.</summary>
public static class EvalSplits
{
    public const string Train = "train";
    public const string Test = "test";
}

/// <summary>The kinds of question in eval/questions.jsonl, in report order.</summary>
public static class EvalKinds
{
    private static readonly string[] Names =
    [
        "paraphrase", "precise-fact", "cross-lingual", "preamble", "dates-numbers",
        "multi-resolution", "reference", "chat-style", "not-found", "directive",
    ];

    public static IReadOnlyList<string> All => Names;

    public static int Rank(string kind)
    {
        if (kind == EvalReport.Unlabelled)
            return All.Count + 1;
        var index = Array.IndexOf(Names, kind);
        return index < 0 ? All.Count : index;
    }
}
