namespace ResBot.Knowledge.Evaluation;

/// <summary>Every file's result, summed by format, by language, and over all.</summary>
/// <param name="Untruthed">Files with no truth file of the same stem: not scored.</param>
public sealed record ParseEvalReport(IReadOnlyList<ParseFileResult> Files, IReadOnlyList<string> Untruthed)
{
    public static IReadOnlyList<string> FormatOrder { get; } = ["text", "html", "docx", "pdf"];

    public IEnumerable<string> Formats => FormatOrder.Where(f => Files.Any(r => r.Format == f));

    public IEnumerable<string> Languages => Files.Select(r => r.Language).Distinct().Order(StringComparer.Ordinal);

    public ParseScore ForFormat(string format) => Sum(Files.Where(r => r.Format == format));

    public ParseScore ForLanguage(string language) => Sum(Files.Where(r => r.Language == language));

    public ParseScore Overall => Sum(Files);

    private static ParseScore Sum(IEnumerable<ParseFileResult> results) =>
        results.Aggregate(ParseScore.Zero, (total, r) => total + r.Score);
}
