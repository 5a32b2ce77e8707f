using System.CommandLine;
using Microsoft.Extensions.Options;
using ResBot.Bot.Hosting;
using ResBot.Knowledge;
using ResBot.Knowledge.Corpus;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot ingest &lt;file&gt;… [--symbol … --body … --session … --date … --language …] [--json]`: reads each document
/// (text, HTML, Word, PDF), prints what it found and what it could not read, copies the accepted ones into the
/// corpus folder and re-indexes. A refused file is reported with its line and nothing from it is indexed; any
/// refused file makes the exit code 1.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Resolution documents: .txt, .md, .html, .htm, .docx or .pdf.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object a file instead of the plain report." };
        var replace = new Option<bool>("--replace") { Description = "Replace a different document of the same file name already in the corpus." };
        var naming = new[]
        {
            new Option<string?>("--symbol") { Description = "The document symbol, when the text prints none (e.g. A/RES/58/85)." },
            new Option<string?>("--body") { Description = "The body: OIC, UN or LAS." },
            new Option<string?>("--session") { Description = "The session number (decides how \"4/15\" reads)." },
            new Option<string?>("--date") { Description = "The date or dates of adoption, as you want them shown." },
            new Option<string?>("--language") { Description = "ar, en or fr, when the guess from the text is wrong." },
        };
        var command = new Command("ingest", "Read documents, report what was found, and add the readable ones to the corpus.") { files, json, replace };
        foreach (var option in naming)
            command.Options.Add(option);

        command.SetAction((parse, _) =>
        {
            using var host = CliHost.Build(parse);
            var corpusFolder = host.Services.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolvedPath;
            var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
            var existing = knowledge.Current.Reports.Where(r => r.Accepted).ToList();
            var metadata = naming
                .Select(o => (Key: o.Name.TrimStart('-'), Value: parse.GetValue(o)))
                .Where(x => !string.IsNullOrWhiteSpace(x.Value))
                .ToDictionary(x => x.Key, x => x.Value!.Trim(), StringComparer.OrdinalIgnoreCase);

            var inputs = parse.GetValue(files)!;
            var asJson = parse.GetValue(json);
            var progress = new ConsoleProgress(asJson ? 0 : inputs.Length);
            var accepted = new List<FileInfo>();
            var failed = 0;
            foreach (var file in inputs)
            {
                progress.Advance(file.Name);
                var report = CorpusLoader.ReadFile(file.FullName, metadata.Count > 0 ? metadata : null);
                if (report.Accepted && existing.FirstOrDefault(e => SameVersion(e, report) && Path.GetFileName(e.Path) != file.Name) is { } clash)
                    report = report with { Errors = [new(file.Name, 0, $"{report.Document!.Symbol} ({report.Document.Language.ToString().ToLowerInvariant()}) is already in the corpus as {Path.GetFileName(clash.Path)}")] };
                if (report.Accepted && DestinationProblem(corpusFolder, file, parse.GetValue(replace)) is { } problem)
                    report = report with { Errors = [new(file.Name, 0, problem)] };

                progress.Clear();
                if (asJson)
                    FileReportWriter.WriteJson(Console.Out, file.Name, report, paragraphs: false);
                else
                    FileReportWriter.Write(Console.Out, Console.Error, file.Name, report, paragraphs: false);
                if (report.Accepted)
                    accepted.Add(file);
                else
                    failed++;
            }
            progress.Clear();

            if (accepted.Count > 0)
            {
                Directory.CreateDirectory(corpusFolder);
                foreach (var file in accepted)
                {
                    var target = Path.Combine(corpusFolder, file.Name);
                    // Copied beside the target, then renamed over it: a link planted at the target is replaced, never written through.
                    var staging = Path.Combine(corpusFolder, $".{file.Name}.{Guid.NewGuid():N}.ingest");
                    file.CopyTo(staging);
                    File.Move(staging, target, overwrite: true);
                    CorpusLoader.WriteMetadata(target, metadata);
                }
                var (snapshot, error) = knowledge.Reload();
                if (error is not null)
                {
                    Console.Error.WriteLine($"error: re-indexing failed, the previous index still serves: {error.Message}");
                    return Task.FromResult(1);
                }
                if (!asJson)
                    Console.WriteLine($"indexed: {snapshot.Corpus.Resolutions.Count} resolutions from {snapshot.Corpus.Documents.Count} documents in {corpusFolder}");
            }
            return Task.FromResult(failed > 0 ? 1 : 0);
        });
        return command;
    }

    /// <summary>
    /// Why the file must not be written into the corpus: the name there is a link or not a regular file (writing would go
    /// wherever it points), or holds a different document and <c>--replace</c> was not given. Null when it may be written.
    /// </summary>
    private static string? DestinationProblem(string corpusFolder, FileInfo file, bool replace)
    {
        var target = new FileInfo(Path.Combine(corpusFolder, file.Name));
        if (target.LinkTarget is not null)
            return $"the corpus folder's {file.Name} is a symbolic link; refusing to write through it (remove it first)";
        if (!target.Exists)
            return Directory.Exists(target.FullName) ? $"the corpus folder's {file.Name} is a folder" : null;
        if ((target.Attributes & (FileAttributes.Device | FileAttributes.Directory)) != 0)
            return $"the corpus folder's {file.Name} is not a regular file";
        if (replace || SameBytes(target, file))
            return null;
        return $"the corpus already has a different {file.Name}; add --replace to replace it";
    }

    private static bool SameBytes(FileInfo a, FileInfo b) =>
        a.Length == b.Length && File.ReadAllBytes(a.FullName).AsSpan().SequenceEqual(File.ReadAllBytes(b.FullName));

    private static bool SameVersion(CorpusFileReport a, CorpusFileReport b) =>
        string.Equals(a.Document!.Symbol, b.Document!.Symbol, StringComparison.OrdinalIgnoreCase) && a.Document.Language == b.Document.Language;
}
