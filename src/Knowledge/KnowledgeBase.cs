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

    public KnowledgeBase(IOptions<KnowledgeOptions> options, ILogger<KnowledgeBase>? logger = null)
    {
        _options = options.Value;
        _logger = logger ?? NullLogger<KnowledgeBase>.Instance;
        Analyzers = new LanguageAnalyzers();
        Glossary = DomainGlossary.LoadEmbedded(Analyzers);
    }

    public LanguageAnalyzers Analyzers { get; }

    public DomainGlossary Glossary { get; }

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
                return _current ??= Load(CorpusLoader.CorpusFiles(_options.CorpusPath));
            }
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
                var files = CorpusLoader.CorpusFiles(_options.CorpusPath);
                if (_current is not null && CorpusLoader.Stamp(files) == _current.Read.Stamp)
                    return (_current, null);
                var previous = _current;
                _current = Load(files);
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

    private KnowledgeSnapshot Load(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
            _logger.LogWarning("No corpus files (text, HTML, Word or PDF) in {CorpusPath}", _options.CorpusPath);

        var read = CorpusLoader.ReadAll(files);
        var (hash, reports) = (read.ContentHash, read.Reports);
        foreach (var refused in reports.Where(r => !r.Accepted))
            _logger.LogWarning("Corpus file refused: {Errors}", string.Join("; ", refused.Errors));

        var corpus = new CorpusAligner(new ClauseAnnotator(Glossary)).Align(reports.Where(r => r.Accepted).Select(r => r.Document!).ToList());
        var index = OpenOrBuildIndex(corpus, hash);
        _logger.LogInformation("Knowledge loaded: {Resolutions} resolutions, {Paragraphs} paragraphs, index {Hash}",
            corpus.Resolutions.Count, index.Count, hash[..12]);
        return new KnowledgeSnapshot(corpus, index, read);
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
