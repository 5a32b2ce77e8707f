using System.Text.Json;
using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Bot.Cli;

/// <summary>
/// What `ingest` and `inspect` print for a file: what was found (resolutions with keys and titles, preambular and
/// operative counts), the warnings with their lines, or why it was refused; in plain text or as one JSON object.
/// </summary>
public static class FileReportWriter
{
    /// <summary>Writes the report; with <paramref name="paragraphs"/> every paragraph too (its key, kind and opening words).</summary>
    public static void Write(TextWriter output, TextWriter errors, string name, CorpusFileReport report, bool paragraphs)
    {
        var document = report.Document;
        name = CliText.OneLine(name);
        if (report.Accepted && document is not null)
        {
            output.WriteLine($"ok: {name} ({report.Format}): {document.Symbol}, {document.Body}{(document.Session is { } s ? $" session {s}" : "")}, " +
                             $"{document.Language.Code()} {(document.IsAuthoritative ? "authoritative" : "translation")}{(document.Dates is { } d ? $", {d}" : "")}{(document.Place is { } p ? $", {p}" : "")}: " +
                             $"{Count(document.Resolutions.Count, "resolution")}, {Count(document.Resolutions.Sum(r => r.Paragraphs.Count), "paragraph")}");
            foreach (var resolution in document.Resolutions)
            {
                var operative = resolution.Paragraphs.Count(x => x.Kind == ParagraphKind.Operative);
                output.WriteLine($"  {resolution.Key}  {resolution.Paragraphs.Count - operative} preambular, {operative} operative  {TerminalDirection.Directional(resolution.Title, document.Language)}");
                if (!paragraphs)
                    continue;
                foreach (var paragraph in resolution.Paragraphs)
                {
                    output.WriteLine($"    {paragraph.Key,-9} {paragraph.Kind.Name(),-10} {TerminalDirection.Directional(Opening(paragraph.Text), document.Language)}");
                    foreach (var item in paragraph.SubItems)
                        output.WriteLine($"      {item.Key,-9} {TerminalDirection.Directional(Opening(item.Text), document.Language)}");
                    if (paragraph.Cites.Count > 0)
                        output.WriteLine($"      cites: {string.Join(", ", paragraph.Cites)}");
                }
            }
        }
        foreach (var warning in report.Warnings)
            output.WriteLine($"warning: {CliText.OneLine(warning.ToString())}");
        foreach (var error in report.Errors)
            errors.WriteLine($"error: {CliText.OneLine(error.ToString())}");
    }

    public static void WriteJson(TextWriter output, string name, CorpusFileReport report, bool paragraphs)
    {
        var document = report.Document;
        var json = new
        {
            file = name,
            accepted = report.Accepted,
            format = report.Format,
            symbol = document?.Symbol,
            body = document?.Body,
            session = document?.Session,
            language = document?.Language.Code(),
            authoritative = document?.IsAuthoritative,
            dates = document?.Dates,
            place = document?.Place,
            resolutions = document?.Resolutions.Select(r => new
            {
                key = r.Key,
                title = r.Title,
                line = r.Line,
                preambular = r.Paragraphs.Count(x => x.Kind == ParagraphKind.Preambular),
                operative = r.Paragraphs.Count(x => x.Kind == ParagraphKind.Operative),
                paragraphs = paragraphs ? r.Paragraphs.Select(x => new
                {
                    key = x.Key,
                    kind = x.Kind.Name(),
                    line = x.Line,
                    text = x.Text,
                    subItems = x.SubItems.Count > 0 ? x.SubItems.Select(i => new { key = i.Key, text = i.Text }) : null,
                    cites = x.Cites.Count > 0 ? x.Cites : null,
                }) : null,
            }),
            warnings = report.Warnings.Select(w => new { line = w.Line, message = w.Message }),
            errors = report.Errors.Select(e => new { line = e.Line, message = e.Message }),
        };
        output.WriteLine(JsonSerializer.Serialize(json, AnswerJson.Options));
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Opening(string text) => text.Length <= 90 ? text : text[..90] + "…";
}
