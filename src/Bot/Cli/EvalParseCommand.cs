using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ResBot.Knowledge.Evaluation;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot eval-parse [&lt;folder&gt;] [--json] [--verbose]`: how well the document reader recovers the structure of a
/// test set (default eval/documents: text, html, docx and pdf folders with one truth per document and language).
/// </summary>
public static class EvalParseCommand
{
    private const string DefaultFolder = "eval/documents";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var folder = new Argument<string?>("folder")
        {
            Description = $"Test set with text/, html/, docx/, pdf/ and truth/ (default {DefaultFolder}, from the current directory or beside the binary).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = new Option<bool>("--json") { Description = "Write the whole report, every file and mismatch, as JSON." };
        var verbose = new Option<bool>("--verbose") { Description = "List every mismatch, expected against got." };
        var command = new Command("eval-parse", "Score document reading (structure, keys, texts) against a test set with known structure.") { folder, json, verbose };
        command.SetAction(parse =>
        {
            var path = Resolve(parse.GetValue(folder));
            if (path is null)
            {
                Console.Error.WriteLine($"error: {parse.GetValue(folder) ?? DefaultFolder} not found (neither here nor beside the binary)");
                return 2;
            }
            var report = ParseEvaluator.Run(path);
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(report, Json));
            else
                Print(report, path, parse.GetValue(verbose));
            return 0;
        });
        return command;
    }

    /// <summary>A test-set folder given on the command line, else eval/documents here or beside the binary; null when there is none.</summary>
    public static string? Resolve(string? folder)
    {
        var given = folder ?? DefaultFolder;
        if (Directory.Exists(given))
            return Path.GetFullPath(given);
        var besideBinary = Path.Combine(AppContext.BaseDirectory, given);
        return folder is null && Directory.Exists(besideBinary) ? besideBinary : null;
    }

    private static void Print(ParseEvalReport report, string folder, bool verbose)
    {
        Console.WriteLine($"eval-parse {folder}: {report.Files.Count} files");
        Console.WriteLine();
        Console.WriteLine("           docs    resolutions  paragraphs: key      key+kind     key+text     extra  metadata");
        foreach (var format in report.Formats)
            PrintRow(format, report.ForFormat(format));
        foreach (var language in report.Languages)
            PrintRow(language, report.ForLanguage(language));
        PrintRow("all", report.Overall);
        foreach (var file in report.Untruthed)
            Console.WriteLine($"no truth for {file}: not scored");

        if (!verbose)
            return;
        foreach (var file in report.Files.Where(f => !f.Score.IsPerfect))
        {
            Console.WriteLine();
            Console.WriteLine($"{file.Format}/{Path.GetFileName(file.Path)}: {file.Score.ParagraphsText}/{file.Score.ParagraphsTrue} paragraphs right");
            foreach (var message in file.Messages)
                Console.WriteLine($"  ! {message}");
            foreach (var mismatch in file.Mismatches)
                Console.WriteLine($"  {mismatch.Where}: {mismatch.What}: expected \"{mismatch.Expected}\" got \"{mismatch.Got}\"");
        }
    }

    private static void PrintRow(string name, ParseScore s) =>
        Console.WriteLine($"{name,-8} {Ratio(s.DocumentsAccepted, s.Documents),8}  {Ratio(s.ResolutionsFound, s.ResolutionsTrue),11}  "
            + $"{Ratio(s.ParagraphsKeyed, s.ParagraphsTrue),18}  {Ratio(s.ParagraphsKind, s.ParagraphsTrue),11}  {Ratio(s.ParagraphsText, s.ParagraphsTrue),11}  "
            + $"{s.ParagraphsExtra,5}  {Ratio(s.MetadataRight, s.MetadataChecked),8}");

    private static string Ratio(int right, int total) => $"{right}/{total}";
}
