using System.CommandLine;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Cli;

/// <summary>`resbot ask "&lt;question&gt;" [--lang ar|en|fr] [--json]`; `ask --json -` answers one question per input line.</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, in Arabic, English or French; - reads one question per line from standard input." };
        var lang = new Option<string?>("--lang") { Description = "Answer in this language (ar, en, fr) whatever the question's language." };
        var json = new Option<bool>("--json") { Description = "Write the answer as one JSON object (one per line with -)." };
        var command = new Command("ask", "Answer a question from the corpus, with citations.") { question, lang, json };

        command.SetAction(async (parse, cancellationToken) =>
        {
            Language? forced = null;
            if (parse.GetValue(lang) is { } code)
            {
                if (!LanguageCodes.TryParse(code, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"error: --lang must be ar, en or fr (got \"{code}\")");
                    return 2;
                }
                forced = parsed;
            }

            using var host = CliHost.Build(parse);
            var assistant = host.Services.GetRequiredService<IResolutionAssistant>();
            var text = parse.GetValue(question)!;
            var asJson = parse.GetValue(json);

            if (text == "-")
                return await AnswerLinesAsync(assistant, forced, asJson, cancellationToken);

            var answer = await assistant.AskAsync(new Question(text, ForcedLanguage: forced), cancellationToken);
            Write(answer, asJson);
            return answer.Outcome == AnswerOutcome.Invalid ? 2 : 0;
        });
        return command;
    }

    /// <summary>One question per line in, one answer per line out, in order; blank lines are skipped.</summary>
    private static async Task<int> AnswerLinesAsync(IResolutionAssistant assistant, Language? forced, bool asJson, CancellationToken cancellationToken)
    {
        using var input = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            Write(await assistant.AskAsync(new Question(line, ForcedLanguage: forced), cancellationToken), asJson);
        }
        return 0;
    }

    private static void Write(Answer answer, bool asJson)
    {
        if (asJson)
            Console.Out.WriteLine(AnswerJson.From(answer).ToJsonLine());
        else
            ConsoleAnswerWriter.Write(Console.Out, answer, bold: !Console.IsOutputRedirected);
    }
}
