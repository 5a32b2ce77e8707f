using System.CommandLine;
using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using ResBot.Knowledge.Decoding;
using ResBot.Knowledge.Parsing;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot bench-ingest [folder] [--rounds 20]`: decode + parse throughput per format (pages/s for PDF and Word,
/// paragraphs/s for all) over the files of a test-set folder (eval/documents by default), read from memory so the
/// disk is not measured.
/// </summary>
public static class BenchIngestCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("folder") { Description = "A folder of documents, or of text/html/docx/pdf subfolders (default eval/documents).", Arity = ArgumentArity.ZeroOrOne };
        var rounds = new Option<int>("--rounds") { Description = "Times each file is decoded and parsed.", DefaultValueFactory = _ => 20 };
        var command = new Command("bench-ingest", "Benchmark reading documents: decode and parse throughput per format.") { folder, rounds };
        command.SetAction((parse, _) =>
        {
            var root = EvalParseCommand.Resolve(parse.GetValue(folder));
            if (root is null)
            {
                Console.Error.WriteLine($"error: {parse.GetValue(folder) ?? "eval/documents"} not found");
                return Task.FromResult(2);
            }
            // A test set keeps its documents in one folder per format; its README and truth are not documents.
            var formats = new[] { "text", "html", "docx", "pdf" }.Select(f => Path.Combine(root, f)).Where(Directory.Exists).ToList();
            var files = (formats.Count > 0 ? formats : [root])
                .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Where(DocumentDecoders.IsSupported)
                .Select(path => (Path: path, Bytes: File.ReadAllBytes(path))).ToList();
            Console.WriteLine($"bench-ingest {root}: {files.Count} files, {parse.GetValue(rounds)} rounds each");
            Console.WriteLine("format  files  pages  KiB      ms/file  pages/s  paragraphs/s");
            foreach (var group in files.GroupBy(f => DocumentDecoders.Decode(Path.GetFileName(f.Path), f.Bytes).Document?.Format ?? "refused").OrderBy(g => g.Key))
                Measure(group.Key, group.ToList(), parse.GetValue(rounds));
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Measure(string format, List<(string Path, byte[] Bytes)> files, int rounds)
    {
        var pages = files.Sum(f => Pages(format, f.Path, f.Bytes));
        var paragraphs = 0;
        var clock = new Stopwatch();
        // One round first, untimed: the first decode of each format pays for loading and compiling its library.
        for (var round = -1; round < rounds; round++)
        {
            if (round == 0)
            {
                paragraphs = 0;
                clock.Start();
            }
            foreach (var (path, bytes) in files)
            {
                var name = Path.GetFileName(path);
                if (DocumentDecoders.Decode(name, bytes).Document is { } decoded && DocumentParser.Parse(decoded, name).Document is { } document)
                    paragraphs += document.Resolutions.Sum(r => r.Paragraphs.Count);
            }
        }
        clock.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        var pagesPerSecond = pages > 0 ? $"{pages * rounds / seconds,7:N0}" : "      -";
        Console.WriteLine($"{format,-7} {files.Count,5}  {(pages > 0 ? pages.ToString() : "-"),5}  {files.Sum(f => f.Bytes.Length) / 1024,-7:N0}  {clock.Elapsed.TotalMilliseconds / (rounds * files.Count),7:F2}  {pagesPerSecond}  {paragraphs / seconds,12:N0}");
    }

    /// <summary>
    /// PDF pages as decoded. Word files keep no pages of their own: the count their producer wrote (docProps/app.xml),
    /// else the pages of the same document's PDF in the test set's pdf/ folder.
    /// </summary>
    private static int Pages(string format, string path, byte[] bytes)
    {
        if (format == "pdf")
            return PdfPages(bytes, Path.GetFileName(path));
        if (format != "docx")
            return 0;
        using (var stream = new MemoryStream(bytes))
        using (var word = WordprocessingDocument.Open(stream, false))
        {
            if (int.TryParse(word.ExtendedFilePropertiesPart?.Properties.Pages?.Text, out var count) && count > 0)
                return count;
        }
        var twin = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(path))!, "pdf", Path.ChangeExtension(Path.GetFileName(path), ".pdf"));
        return File.Exists(twin) ? PdfPages(File.ReadAllBytes(twin), twin) : 0;
    }

    private static int PdfPages(byte[] bytes, string name) =>
        DocumentDecoders.Decode(name, bytes).Document?.Blocks.Select(b => b.Page ?? 0).DefaultIfEmpty(0).Max() ?? 0;
}
