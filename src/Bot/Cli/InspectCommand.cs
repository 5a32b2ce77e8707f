using System.CommandLine;
using ResBot.Knowledge.Corpus;

namespace ResBot.Bot.Cli;

/// <summary>`resbot inspect &lt;file&gt;… [--json]`: the structure ResBot reads in a document, without adding anything to the corpus.</summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Documents to read: .txt, .md, .html, .htm, .docx or .pdf.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object a file, paragraphs included." };
        var command = new Command("inspect", "Print the resolutions, paragraphs and warnings read in documents, without adding them.") { files, json };
        command.SetAction((parse, _) =>
        {
            var failed = 0;
            foreach (var file in parse.GetValue(files)!)
            {
                var report = CorpusLoader.ReadFile(file.FullName);
                if (!report.Accepted)
                    failed++;
                if (parse.GetValue(json))
                    FileReportWriter.WriteJson(Console.Out, file.Name, report, paragraphs: true);
                else
                    FileReportWriter.Write(Console.Out, Console.Error, file.Name, report, paragraphs: true);
            }
            return Task.FromResult(failed > 0 ? 1 : 0);
        });
        return command;
    }
}
