using System.Security.Cryptography;
using System.Text;
using ResBot.Knowledge.Decoding;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// Reads every corpus file of a folder (text, Markdown, HTML, Word and PDF; see <see cref="DocumentDecoders"/>). A bad file is reported with its line and left out whole;
/// the others still load. Also checks files before they are added (`resbot ingest`).
/// </summary>
public static class CorpusLoader
{
    /// <summary>Bumped whenever parsing changes what a file yields, so persisted indexes are rebuilt.</summary>
    public const string ParserVersion = "1";

    /// <summary>Refuse files over this size: resolution documents are tens of kilobytes.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    public static IReadOnlyList<string> CorpusFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(DocumentDecoders.IsSupported).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// Reads and parses every file once, hashing the same bytes: the content hash (with the parser version) names
    /// the index built from them.
    /// </summary>
    public static CorpusRead ReadAll(IReadOnlyList<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("parser:" + ParserVersion));
        var reports = new List<CorpusFileReport>(paths.Count);
        foreach (var path in paths)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\n" + Path.GetFileName(path) + "\n"));
            reports.Add(ReadFile(path, bytes => hash.AppendData(bytes)));
        }
        return new CorpusRead(RefuseDuplicateVersions(reports), Convert.ToHexStringLower(hash.GetHashAndReset()), Stamp(paths));
    }

    public static CorpusFileReport ReadFile(string path) => ReadFile(path, _ => { });

    /// <summary>
    /// Names, sizes and modification times: a cheap check, made before anything is read, that nothing changed.
    /// </summary>
    public static string Stamp(IReadOnlyList<string> paths) =>
        string.Join('\n', paths.Select(p => new FileInfo(p)).Select(f => f.Exists ? $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}" : f.FullName));

    private static CorpusFileReport ReadFile(string path, Action<byte[]> read)
    {
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return Refused(path, name, "file not found");
            if (info.Length > MaxFileBytes)
                return Refused(path, name, $"file is larger than {MaxFileBytes / (1024 * 1024)} MB");

            var bytes = File.ReadAllBytes(path);
            read(bytes);
            var decoded = DocumentDecoders.Decode(name, bytes);
            if (decoded.Document is null)
                return Refused(path, name, decoded.Error!);

            var result = DocumentParser.Parse(decoded.Document, name);
            var decoderWarnings = decoded.Document.Warnings.Select(w => new ParseError(name, 0, w));
            return new CorpusFileReport(path, result.Document, result.Errors)
            {
                Format = decoded.Document.Format,
                Warnings = [.. decoderWarnings, .. result.Warnings],
            };
        }
        catch (IOException e)
        {
            return Refused(path, name, $"cannot read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return Refused(path, name, $"cannot read: {e.Message}");
        }
    }

    /// <summary>Two files claiming the same language version of one document: the second is refused.</summary>
    private static List<CorpusFileReport> RefuseDuplicateVersions(List<CorpusFileReport> reports)
    {
        var seen = new Dictionary<(string, Model.Language), string>();
        for (var i = 0; i < reports.Count; i++)
        {
            if (reports[i].Document is not { } document)
                continue;
            var key = (document.Symbol.ToUpperInvariant(), document.Language);
            if (seen.TryGetValue(key, out var first))
            {
                reports[i] = Refused(reports[i].Path, document.Source,
                    $"{document.Symbol} ({document.Language.ToString().ToLowerInvariant()}) is already provided by {first}");
                continue;
            }
            seen[key] = document.Source;
        }
        return reports;
    }

    private static CorpusFileReport Refused(string path, string name, string message) =>
        new(path, null, [new ParseError(name, 0, message)]);
}
