using System.CommandLine;
using Microsoft.Extensions.Options;
using ResBot.Bot.Hosting;
using ResBot.Knowledge;
using ResBot.Knowledge.Corpus;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot ingest &lt;file&gt;…`: checks each document, copies the good ones into the corpus folder and re-indexes.
/// A bad file is reported with its line and nothing from it is indexed; any bad file makes the exit code 1.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Plain-text resolution documents (see README: corpus format).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Validate documents and add them to the corpus.") { files };
        command.SetAction((parse, _) =>
        {
            using var host = CliHost.Build(parse);
            var corpusFolder = host.Services.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolvedPath;
            var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
            var existing = knowledge.Current.Reports.Where(r => r.Accepted).ToList();

            var inputs = parse.GetValue(files)!;
            var progress = new ConsoleProgress(inputs.Length);
            var accepted = new List<FileInfo>();
            var failed = 0;
            foreach (var file in inputs)
            {
                progress.Advance(file.Name);
                var report = CorpusLoader.ReadFile(file.FullName);
                if (report.Accepted && existing.FirstOrDefault(e => SameVersion(e, report) && Path.GetFileName(e.Path) != file.Name) is { } clash)
                    report = report with { Errors = [new(file.Name, 0, $"{report.Document!.Symbol} ({report.Document.Language.ToString().ToLowerInvariant()}) is already in the corpus as {Path.GetFileName(clash.Path)}")] };

                if (!report.Accepted)
                {
                    failed++;
                    progress.Clear();
                    foreach (var error in report.Errors)
                        Console.Error.WriteLine($"error: {error}");
                    continue;
                }
                var document = report.Document!;
                progress.Clear();
                Console.WriteLine($"ok: {file.Name}: {document.Symbol} ({document.Language.ToString().ToLowerInvariant()}, {(document.IsAuthoritative ? "authoritative" : "translation")}), " +
                                  $"{document.Resolutions.Count} resolutions, {document.Resolutions.Sum(r => r.Paragraphs.Count)} paragraphs");
                accepted.Add(file);
            }
            progress.Clear();

            if (accepted.Count > 0)
            {
                Directory.CreateDirectory(corpusFolder);
                foreach (var file in accepted)
                    file.CopyTo(Path.Combine(corpusFolder, file.Name), overwrite: true);
                var (snapshot, error) = knowledge.Reload();
                if (error is not null)
                {
                    Console.Error.WriteLine($"error: re-indexing failed, the previous index still serves: {error.Message}");
                    return Task.FromResult(1);
                }
                Console.WriteLine($"indexed: {snapshot.Corpus.Resolutions.Count} resolutions from {snapshot.Corpus.Documents.Count} documents in {corpusFolder}");
            }
            return Task.FromResult(failed > 0 ? 1 : 0);
        });
        return command;
    }

    private static bool SameVersion(CorpusFileReport a, CorpusFileReport b) =>
        string.Equals(a.Document!.Symbol, b.Document!.Symbol, StringComparison.OrdinalIgnoreCase) && a.Document.Language == b.Document.Language;
}
