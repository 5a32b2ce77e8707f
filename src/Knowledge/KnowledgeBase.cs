using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Glossary;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge;

/// <summary>
/// The corpus and its index, loaded on first use. The index is persisted under `Data:Path/index/&lt;content hash&gt;`:
/// reused while the corpus is unchanged, rebuilt beside the old one when it changes, and switched to only once
/// complete, so a failed rebuild leaves the previous index serving.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private const string CompleteMarker = "complete";

    private const string DamagedInfix = ".damaged-";

    /// <summary>How long a replaced index stays open for the requests that were already using it.</summary>
    private static readonly TimeSpan RetiredIndexGrace = TimeSpan.FromMinutes(2);

    private readonly KnowledgeOptions _options;
    private readonly ILogger<KnowledgeBase> _logger;
    private readonly System.Threading.Lock _gate = new();
    private volatile KnowledgeSnapshot? _current;
    private volatile string? _folderProblem;

    public KnowledgeBase(IOptions<KnowledgeOptions> options, ILogger<KnowledgeBase>? logger = null)
    {
        _options = options.Value;
        _logger = logger ?? NullLogger<KnowledgeBase>.Instance;
        Analyzers = new LanguageAnalyzers();
        Glossary = DomainGlossary.LoadEmbedded(Analyzers);
        Lexicon = ParaphraseLexicon.LoadEmbedded(Analyzers);
    }

    public LanguageAnalyzers Analyzers { get; }

    public DomainGlossary Glossary { get; }

    public ParaphraseLexicon Lexicon { get; }

    public bool IsLoaded => _current is not null;

    /// <summary>The snapshot in service, loading it on first use.</summary>
    public KnowledgeSnapshot Current
    {
        get
        {
            if (_current is { } snapshot)
                return snapshot;
            lock (_gate)
            {
                if (_current is not null)
                    return _current;
                if (FolderProblem() is { } problem)
                {
                    // Served empty so the host lives, but never silently: /readyz reports it until the folder appears.
                    _folderProblem = problem;
                    _logger.LogWarning("{Problem}: serving no resolutions until it is there", problem);
                    return _current = Load([], previous: null);
                }
                return _current = Load(CorpusLoader.CorpusFiles(_options.CorpusPath), previous: null);
            }
        }
    }

    /// <summary>
    /// Why the corpus folder cannot be read right now (missing, not a folder, unreadable), or null. Checked live,
    /// so /readyz turns unhealthy the moment the folder goes, while the last good snapshot keeps serving.
    /// </summary>
    public string? CorpusProblem => FolderProblem() ?? _folderProblem;

    /// <summary>
    /// Files of the folder that were refused on a reload while an earlier version of them was in service: that
    /// version keeps serving, and each entry says which file and why ("file: reason").
    /// </summary>
    public IReadOnlyList<string> KeptFiles => _current?.Kept ?? [];

    private string? FolderProblem()
    {
        var folder = _options.CorpusPath;
        if (File.Exists(folder))
            return $"The corpus folder {folder} is a file, not a folder";
        if (!System.IO.Directory.Exists(folder))
            return $"The corpus folder {folder} does not exist";
        try
        {
            using var entries = System.IO.Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"The corpus folder {folder} cannot be read: {e.Message}";
        }
    }

    public ResolutionCorpus Corpus => Current.Corpus;

    public ClauseIndex Index => Current.Index;

    /// <summary>
    /// Re-reads the corpus folder. Unchanged files (same names, sizes and times): nothing is read. Changed: a new
    /// snapshot is loaded (its index reused when the content hash is the same) and swapped in;
    /// if that fails, the previous snapshot keeps serving and the error is returned.
    /// </summary>
    public (KnowledgeSnapshot Snapshot, Exception? Error) Reload()
    {
        lock (_gate)
        {
            try
            {
                if (FolderProblem() is { } problem)
                {
                    // A folder that vanished (an unmounted volume, a bad deploy) is not an empty corpus: keep serving.
                    if (_folderProblem != problem)
                        _logger.LogError("{Problem}: the last good corpus keeps serving", problem);
                    _folderProblem = problem;
                    if (_current is not null)
                        return (_current, new DirectoryNotFoundException(problem));
                }
                _folderProblem = null;
                var files = CorpusLoader.CorpusFiles(_options.CorpusPath);
                if (_current is not null && CorpusLoader.Stamp(files) == _current.Read.Stamp)
                    return (_current, null);
                var previous = _current;
                _current = Load(files, previous);
                if (previous is not null)
                    Retire(previous);
                return (_current, null);
            }
            catch (Exception e) when (_current is not null && e is not OperationCanceledException)
            {
                _logger.LogError(e, "Rebuilding the index failed; the previous index keeps serving");
                return (_current, e);
            }
        }
    }

    /// <summary>
    /// A request may still be searching the old snapshot it took a moment ago: close its index only after a grace period.
    /// </summary>
    private void Retire(KnowledgeSnapshot previous) =>
        _ = Task.Delay(RetiredIndexGrace).ContinueWith(_ => previous.Index.Dispose(), TaskScheduler.Default);

    private KnowledgeSnapshot Load(IReadOnlyList<string> files, KnowledgeSnapshot? previous)
    {
        if (files.Count == 0)
            _logger.LogWarning("No corpus files (text, HTML, Word or PDF) in {CorpusPath}", _options.CorpusPath);

        var (read, kept) = KeepLastGoodVersions(CorpusLoader.ReadAll(files), previous);
        var (hash, reports) = (read.ContentHash, read.Reports);
        foreach (var refused in reports.Where(r => !r.Accepted))
            _logger.LogWarning("Corpus file refused: {Errors}", string.Join("; ", refused.Errors));
        foreach (var file in kept)
            _logger.LogError("Corpus file refused, its last good version keeps serving: {File}", file);
        WarnOfShrunkFiles(read, previous);

        var corpus = new CorpusAligner(new ClauseAnnotator(Glossary)).Align(reports.Where(r => r.Accepted).Select(r => r.Document!).ToList());
        var index = OpenOrBuildIndex(corpus, hash);
        _logger.LogInformation("Knowledge loaded: {Resolutions} resolutions, {Paragraphs} paragraphs, index {Hash}",
            corpus.Resolutions.Count, index.Count, hash[..12]);
        return new KnowledgeSnapshot(corpus, index, read) { Kept = kept };
    }

    /// <summary>A file still accepted but with fewer resolutions than before may have been truncated at a resolution boundary.</summary>
    private void WarnOfShrunkFiles(CorpusRead read, KnowledgeSnapshot? previous)
    {
        if (previous is null)
            return;
        var before = previous.Reports.Where(r => r.Accepted).ToDictionary(r => r.Path, r => r.Document!.Resolutions.Count, StringComparer.Ordinal);
        foreach (var report in read.Reports.Where(r => r.Accepted))
        {
            if (before.TryGetValue(report.Path, out var count) && report.Document!.Resolutions.Count < count)
                _logger.LogWarning("Corpus file {File} now holds {Now} resolutions instead of {Before}: truncated?",
                    Path.GetFileName(report.Path), report.Document.Resolutions.Count, count);
        }
    }

    /// <summary>
    /// A file that was in service and is now refused (truncated, emptied, a paragraph number twice) keeps its
    /// last good version; a file deleted on purpose is gone. The content hash then names the mix, so the index
    /// built from it is never taken for the one of the files as they are.
    /// </summary>
    private static (CorpusRead Read, IReadOnlyList<string> Kept) KeepLastGoodVersions(CorpusRead read, KnowledgeSnapshot? previous)
    {
        if (previous is null)
            return (read, []);
        var lastGood = previous.Reports.Where(r => r.Accepted).ToDictionary(r => r.Path, StringComparer.Ordinal);
        var kept = new List<string>();
        var reports = read.Reports.Select(report =>
        {
            if (report.Accepted || !lastGood.TryGetValue(report.Path, out var good))
                return report;
            kept.Add($"{Path.GetFileName(report.Path)}: {string.Join("; ", report.Errors.Select(e => e.Message))}");
            return good;
        }).ToList();
        if (kept.Count == 0)
            return (read, []);
        var mixed = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"{read.ContentHash}\nkept from {previous.ContentHash}:\n{string.Join('\n', kept)}")));
        return (read with { Reports = reports, ContentHash = mixed }, kept);
    }

    private ClauseIndex OpenOrBuildIndex(ResolutionCorpus corpus, string hash)
    {
        var root = Path.Combine(_options.DataPath, "index");
        var target = Path.Combine(root, hash[..16]);
        if (File.Exists(Path.Combine(target, CompleteMarker)))
        {
            if (TryOpenIndex(corpus, target) is { } opened)
                return opened;
            MoveAside(target);
        }

        System.IO.Directory.CreateDirectory(root);
        var building = Path.Combine(root, $"{hash[..16]}.building-{Guid.NewGuid():N}");
        ClauseIndex.Build(corpus, FSDirectory.Open(building), Analyzers).Dispose();
        File.WriteAllText(Path.Combine(building, CompleteMarker), hash);
        try
        {
            System.IO.Directory.Move(building, target);
        }
        catch (IOException) when (File.Exists(Path.Combine(target, CompleteMarker)))
        {
            // Another process built the same index first; theirs is identical.
            System.IO.Directory.Delete(building, recursive: true);
        }
        RemoveStaleIndexes(root, keep: target);
        return ClauseIndex.Open(corpus, FSDirectory.Open(target), Analyzers);
    }

    /// <summary>
    /// Opens a persisted index, or null when it is damaged (zeroed bytes in segments_N, a truncated compound file:
    /// Lucene then throws ArgumentException, CorruptIndexException, EndOfStreamException … or opens short).
    /// </summary>
    private ClauseIndex? TryOpenIndex(ResolutionCorpus corpus, string folder)
    {
        var expected = corpus.Resolutions.Sum(r => r.Paragraphs.Count);
        FSDirectory? directory = null;
        try
        {
            directory = FSDirectory.Open(folder);
            var index = ClauseIndex.Open(corpus, directory, Analyzers);
            if (index.Count == expected)
                return index;
            _logger.LogWarning("The index in {Folder} holds {Count} paragraphs instead of {Expected}: rebuilding it", folder, index.Count, expected);
            index.Dispose();
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            directory?.Dispose();
            _logger.LogWarning("The index in {Folder} cannot be opened ({Error}: {Message}): rebuilding it from the corpus", folder, e.GetType().Name, e.Message);
            return null;
        }
    }

    /// <summary>Keeps a damaged index for inspection, out of the way of the rebuild (stale-index clean-up leaves it alone).</summary>
    private void MoveAside(string folder)
    {
        var aside = $"{folder}{DamagedInfix}{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        try
        {
            System.IO.Directory.Move(folder, aside);
            _logger.LogWarning("Damaged index moved aside to {Folder}", aside);
        }
        catch (IOException e)
        {
            // Another process may have moved or rebuilt it already; the build below writes beside it either way.
            _logger.LogWarning(e, "Could not move the damaged index {Folder} aside", folder);
            if (System.IO.Directory.Exists(folder))
                System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private void RemoveStaleIndexes(string root, string keep)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(root).Where(f => f != keep && !f.Contains(".building-") && !f.Contains(DamagedInfix)))
        {
            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (IOException e)
            {
                _logger.LogDebug(e, "Stale index {Folder} still in use; left for later", folder);
            }
        }
    }

    public void Dispose()
    {
        _current?.Index.Dispose();
        Analyzers.Dispose();
    }
}
