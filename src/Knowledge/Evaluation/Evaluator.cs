using System.Text.Json;
using ResBot.Knowledge.Answers;

namespace ResBot.Knowledge.Evaluation;

/// <summary>Runs a question set (JSON lines) through an assistant and scores the citations it returns.</summary>
public static class Evaluator
{
    public static IReadOnlyList<EvalQuestion> ReadQuestions(string path)
    {
        var questions = new List<EvalQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                questions.Add(JsonSerializer.Deserialize<EvalQuestion>(line) ?? throw new JsonException("null"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}:{lineNumber}: not a question object ({e.Message})", e);
            }
        }
        return questions;
    }

    /// <summary>The questions of one split ("train", "test"); null keeps them all.</summary>
    public static IReadOnlyList<EvalQuestion> InSplit(IEnumerable<EvalQuestion> questions, string? split) =>
        split is null ? questions.ToList() : questions.Where(q => EvalReport.SplitOf(q) == split).ToList();

    public static async Task<EvalReport> RunAsync(IResolutionAssistant assistant, IEnumerable<EvalQuestion> questions, CancellationToken cancellationToken = default)
    {
        var results = new List<EvalResult>();
        foreach (var question in questions)
        {
            var answer = await assistant.AskAsync(new Question(question.Question), cancellationToken);
            var returned = answer.Clauses.Select(c => $"{c.Citation.Resolution}:{c.Citation.Paragraph}").ToList();
            results.Add(new EvalResult(question, Model.LanguageCodes.Code(answer.Language), returned));
        }
        return new EvalReport(results);
    }
}
