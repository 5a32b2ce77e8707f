using System.CommandLine;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Evaluation;

namespace ResBot.Bot.Cli;

/// <summary>`resbot eval &lt;file.jsonl&gt; [--verbose]`: precision and recall per language over a question set.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Question set: one {\"id\",\"language\",\"question\",\"expected\":[\"38/4:5\"]} per line." };
        var verbose = new Option<bool>("--verbose") { Description = "List every question that was not answered exactly." };
        var command = new Command("eval", "Score the answers on a question set with expected citations.") { file, verbose };
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

            using var host = CliHost.Build(parse);
            var report = await Evaluator.RunAsync(host.Services.GetRequiredService<IResolutionAssistant>(), questions, cancellationToken);
            Print(report, parse.GetValue(verbose));
            return 0;
        });
        return command;
    }

    private static void Print(EvalReport report, bool verbose)
    {
        Console.WriteLine("language  questions  precision  recall  exact  not-found ok  language ok");
        foreach (var language in report.Languages)
            PrintRow(language, report.For(language));
        PrintRow("all", report.Overall);

        if (!verbose)
            return;
        foreach (var result in report.Results.Where(r => !r.IsExact))
        {
            Console.WriteLine();
            Console.WriteLine($"{result.Question.Id}: {result.Question.Question}");
            Console.WriteLine($"  expected [{string.Join(", ", result.Question.Expected)}]  got [{string.Join(", ", result.Returned)}]  ({result.AnsweredLanguage})");
        }
    }

    private static void PrintRow(string language, LanguageScore score) =>
        Console.WriteLine($"{language,-8}  {score.Questions,9}  {score.Precision,9:P1}  {score.Recall,6:P1}  {score.Exact,5}  {score.NotFoundCorrect,6}/{score.NotFoundQuestions,-5}  {score.LanguageCorrect,6}/{score.Questions}");
}
