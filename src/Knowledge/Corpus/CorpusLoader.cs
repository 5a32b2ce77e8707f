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

    /// <summary>Refuse files over this size: resolution documents are kilobytes as text and a few megabytes as PDF.</summary>
    public const long MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>
    /// What `ingest --symbol/--body/--session/--date/--language` said about a file, kept beside it as
    /// "&lt;file&gt;.meta" (`key: value` lines), since a Word or PDF file has no metadata header of ours to hold it.
    /// </summary>
    public const string MetadataSuffix = ".meta";

    public static IReadOnlyList<string> CorpusFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(DocumentDecoders.IsSupported).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// Reads and parses every file once, hashing the same bytes: the content hash (with the parser version) names
    /// the index built from them.
    /// </summary>
    /// <param name="stamp">The paths' <see cref="Stamp"/> when the caller has taken it already.</param>
    public static CorpusRead ReadAll(IReadOnlyList<string> paths, string? stamp = null) => Read(paths, _ => null, stamp);

    /// <summary>
    /// As <see cref="ReadAll"/>, but a file for which <paramref name="unchanged"/> gives a report (its stamp is the one
    /// that report was read at) is not read again: a reload after one file was added reads that file only.
    /// </summary>
    public static CorpusRead Read(IReadOnlyList<string> paths, Func<string, CorpusFileReport?> unchanged, string? stamp = null)
    {
        // Files are independent until their duplicates are refused: read and parsed on every core, kept in path order.
        var reports = RefuseDuplicateVersions(paths.AsParallel().AsOrdered().Select(path => unchanged(path) ?? ReadFile(path, ReadMetadata(path))).ToList());
        return new CorpusRead(reports, ContentHash(reports), stamp ?? Stamp(paths));
    }

    /// <summary>What a snapshot depends on besides the files: the parser, the index's fields, the model's layout, the analysis and the glossary.</summary>
    private static string Versions =>
        $"parser:{ParserVersion} index:{Indexing.ClauseIndex.FormatVersion} model:{CorpusModelFile.FormatVersion} analysis:{Indexing.LanguageAnalyzers.RulesKey} glossary:{Glossary.DomainGlossary.EmbeddedHash}";

    /// <summary>
    /// The hash of every file's name and own hash, and of the <see cref="Versions"/> (an index of an older layout is
    /// then never opened): one file changed changes it without the others being read again.
    /// </summary>
    public static string ContentHash(IEnumerable<CorpusFileReport> reports)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Versions));
        foreach (var report in reports)
            hash.AppendData(Encoding.UTF8.GetBytes($"\n{Path.GetFileName(report.Path)}\n{report.Hash}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Reads one file; <paramref name="metadata"/> (from `ingest` options) wins over what the file says, else its ".meta" file is used.</summary>
    public static CorpusFileReport ReadFile(string path, IReadOnlyDictionary<string, string>? metadata = null)
    {
        // Stamped before reading: a file changed while it is read then differs from its stamp on the next reload.
        var stamp = FileStamp(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var report = ReadFile(path, metadata ?? ReadMetadata(path), bytes => hash.AppendData(bytes));
        return report with { Hash = Convert.ToHexStringLower(hash.GetHashAndReset()), Stamp = stamp };
    }

    /// <summary>The `key: value` lines of a file's ".meta" companion; empty when it has none.</summary>
    public static IReadOnlyDictionary<string, string> ReadMetadata(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var companion = path + MetadataSuffix;
        if (!File.Exists(companion))
            return values;
        foreach (var line in File.ReadLines(companion))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && !line.TrimStart().StartsWith('#'))
                values[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return values;
    }

    public static void WriteMetadata(string path, IReadOnlyDictionary<string, string> metadata)
    {
        var companion = path + MetadataSuffix;
        if (metadata.Count == 0)
        {
            File.Delete(companion);
            return;
        }
        File.WriteAllLines(companion, metadata.Select(m => $"{m.Key}: {m.Value}"));
    }

    /// <summary>
    /// Names, sizes and modification times, and the <see cref="Versions"/>, hashed: a cheap check, made before anything is read, that nothing changed.
    /// A hash rather than the text itself: at a million paragraphs the text is a megabyte, kept beside the snapshot and
    /// read back and compared at every start.
    /// </summary>
    public static string Stamp(IReadOnlyList<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // A snapshot opened by stamp is opened without reading a file: the versions are in it too, or an upgrade that
        // changes the index's fields or the glossary would serve the old snapshot.
        hash.AppendData(Encoding.UTF8.GetBytes(Versions + "\n"));
        foreach (var path in paths)
            hash.AppendData(Encoding.UTF8.GetBytes(FileStamp(path) + "\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>One file's share of <see cref="Stamp"/>: its name, size and time, and those of its ".meta" companion.</summary>
    public static string FileStamp(string path) =>
        string.Join('\n', new[] { path, path + MetadataSuffix }.Select(p => new FileInfo(p))
            .Select(f => f.Exists ? $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}" : f.FullName));

    private static CorpusFileReport ReadFile(string path, IReadOnlyDictionary<string, string> metadata, Action<byte[]> read)
    {
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
                return Refused(path, name, "is a symbolic link: refused (copy the document itself into the corpus folder)");
            if (!info.Exists)
                return Refused(path, name, "file not found");
            if (info.Length > MaxFileBytes)
                return Refused(path, name, $"file is larger than {MaxFileBytes / (1024 * 1024)} MB");

            if (ReadRegularFile(path) is not { } bytes)
                return Refused(path, name, "not a regular file (a pipe, socket or device): refused");
            if (bytes.Length > MaxFileBytes)
                return Refused(path, name, $"file is larger than {MaxFileBytes / (1024 * 1024)} MB");
            info.Refresh();
            if (info.Length != bytes.Length)
                return Refused(path, name, "the file changed while it was read (still being copied?); try again once it is complete");
            read(bytes);
            foreach (var (key, value) in metadata)
                read(Encoding.UTF8.GetBytes($"\n{key}: {value}"));
            var decoded = DocumentDecoders.Decode(name, bytes);
            if (decoded.Document is null)
                return Refused(path, name, decoded.Error!);

            var result = DocumentParser.Parse(decoded.Document, name, metadata);
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

    /// <summary>
    /// The file's bytes, at most <see cref="MaxFileBytes"/> + 1 of them whatever its size claims; null when it is not a
    /// regular file. On Linux it is opened without following a link and without blocking, so a FIFO planted in the
    /// folder is refused instead of waiting forever for a writer (it cannot seek; a regular file can).
    /// </summary>
    /// <remarks>
    /// Read into one array of the size the file has when opened: a growing buffer cost four or five large arrays and a
    /// copy per file, which at a hundred thousand paragraphs kept the collector busy with large-object-heap (gen2)
    /// collections. A file that grew while it was read is read on in chunks, so its length is still the real one.
    /// </remarks>
    private static byte[]? ReadRegularFile(string path)
    {
        using var stream = OpenWithoutBlocking(path);
        if (!stream.CanSeek)
            return null;
        var bytes = new byte[Math.Min(stream.Length, MaxFileBytes + 1)];
        var filled = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        // Shorter than when opened (cut meanwhile): what is there. Otherwise one more byte tells whether it grew.
        if (filled < bytes.Length)
            return bytes[..filled];
        Span<byte> next = stackalloc byte[1];
        if (filled > MaxFileBytes || stream.Read(next) == 0)
            return bytes;
        using var grown = new MemoryStream();
        grown.Write(bytes);
        grown.Write(next);
        var chunk = new byte[81920];
        int read;
        while (grown.Length <= MaxFileBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
            grown.Write(chunk, 0, read);
        return grown.ToArray();
    }

    private static FileStream OpenWithoutBlocking(string path)
    {
        if (!OperatingSystem.IsLinux())
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        const int ReadOnly = 0, NonBlocking = 0x800, NoFollow = 0x20000, CloseOnExec = 0x80000;
        var descriptor = LinuxOpen(path, ReadOnly | NonBlocking | NoFollow | CloseOnExec);
        if (descriptor < 0)
            throw new IOException($"open failed (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()})");
        return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, 1);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int LinuxOpen(string path, int flags);

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
