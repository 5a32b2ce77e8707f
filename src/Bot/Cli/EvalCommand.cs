using System.CommandLine;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Evaluation;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot eval &lt;file.jsonl&gt; [--split train|test] [--verbose]`: exact-match rate, precision and recall per
/// language and per kind over a question set, on one split or on all questions (then with each split's totals).
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "Question set: one {\"id\",\"language\",\"question\",\"expected\":[\"38/4:5\"],\"split\",\"kind\"} per line.",
        };
        var split = new Option<string?>("--split") { Description = "Score only this split of the set: train (to tune on) or test (held out). Default: all questions." };
        split.AcceptOnlyFromAmong(EvalSplits.Train, EvalSplits.Test);
        var verbose = new Option<bool>("--verbose") { Description = "List every question that was not answered exactly." };
        var command = new Command("eval", "Score the answers on a question set with expected citations.") { file, split, verbose };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"error: {path.FullName} not found");
                return 2;
            }
            IReadOnlyList<EvalQuestion> questions;
            try
            {
                questions = Evaluator.ReadQuestions(path.FullName);
            }
            catch (InvalidDataException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return 2;
            }

            var chosen = parse.GetValue(split);
            var selected = Evaluator.InSplit(questions, chosen);
            if (selected.Count == 0)
            {
                await Console.Error.WriteLineAsync($"error: {path.Name} has no question in split \"{chosen}\"");
                return 2;
            }

            using var host = CliHost.Build(parse);
            var report = await Evaluator.RunAsync(host.Services.GetRequiredService<IResolutionAssistant>(), selected, cancellationToken);
            Print(report, chosen, questions.Count, parse.GetValue(verbose));
            return 0;
        });
        return command;
    }

    private const string Columns = "questions  precision  recall  exact  not-found ok  language ok  exact %";

    private static void Print(EvalReport report, string? split, int total, bool verbose)
    {
        Console.WriteLine(split is null
            ? $"split: all ({total} questions)"
            : $"split: {split} ({report.Results.Count} of {total} questions)");
        Console.WriteLine();
        Console.WriteLine($"{"language",-8}  {Columns}");
        foreach (var language in report.Languages)
            PrintRow(language, report.For(language), 8);
        PrintRow("all", report.Overall, 8);

        Console.WriteLine();
        Console.WriteLine($"{"kind",-16}  {Columns}");
        foreach (var kind in report.Kinds)
            PrintRow(kind, report.ForKind(kind), 16);

        if (split is null)
        {
            Console.WriteLine();
            Console.WriteLine($"{"split",-8}  {Columns}");
            foreach (var name in report.Splits)
                PrintRow(name, report.ForSplit(name), 8);
            PrintRow("all", report.Overall, 8);
        }

        if (!verbose)
            return;
        foreach (var result in report.Results.Where(r => !r.IsExact))
        {
            Console.WriteLine();
            Console.WriteLine($"{result.Question.Id} [{EvalReport.KindOf(result.Question)}, {EvalReport.SplitOf(result.Question)}]: {result.Question.Question}");
            Console.WriteLine($"  expected [{string.Join(", ", result.Question.Expected)}]  got [{string.Join(", ", result.Returned)}]  ({result.AnsweredLanguage})");
        }
    }

    private static void PrintRow(string label, LanguageScore score, int width) =>
        Console.WriteLine($"{label.PadRight(width)}  {score.Questions,9}  {score.Precision,9:P1}  {score.Recall,6:P1}  {score.Exact,5}  {score.NotFoundCorrect,6}/{score.NotFoundQuestions,-5}  {score.LanguageCorrect,6}/{score.Questions,-4}  {score.ExactRate,7:P1}");
}
