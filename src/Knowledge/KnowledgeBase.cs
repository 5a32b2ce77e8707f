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
/// complete, so a failed rebuild leaves the previous index serving. The aligned, annotated corpus model is kept in
/// the same folder (<see cref="CorpusModelFile"/>) with the stamp of the files it came from: a start whose files
/// have the same stamp opens both without reading a file; one whose files changed in time but not in content reads
/// them for the hash and still opens the model instead of aligning and annotating again.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private const string CompleteMarker = "complete";

    private const string DamagedInfix = ".damaged-";

    /// <summary>Beside the marker: the names, sizes and times of the files the snapshot was made from.</summary>
    private const string StampFile = "stamp";

    /// <summary>
    /// What opening a persisted snapshot may allocate without a collection (<see cref="WithoutCollections"/>): twice what a
    /// million paragraphs take (about 100 MB, 60 MB of it in large arrays: the manifest, the index's maps).
    /// </summary>
    private const long OpenBudget = 256L << 20, OpenLargeObjectBudget = 128L << 20;

    /// <summary>How long a replaced index stays open for the requests that were already using it.</summary>
    private static readonly TimeSpan RetiredIndexGrace = TimeSpan.FromMinutes(2);

    private readonly KnowledgeOptions _options;
    private readonly ILogger<KnowledgeBase> _logger;
    private readonly System.Threading.Lock _gate = new();

    /// <summary>The paragraphs read last from the persisted models this knowledge base opened, kept within their budget.</summary>
    private readonly RecentParagraphs _recent;
    private volatile KnowledgeSnapshot? _current;
    private volatile string? _folderProblem;

    /// <summary>The rebuild of a snapshot whose persisted model was found unreadable (<see cref="ReportUnreadable"/>), waited for on dispose.</summary>
    private volatile Task _repair = Task.CompletedTask;

    public KnowledgeBase(IOptions<KnowledgeOptions> options, ILogger<KnowledgeBase>? logger = null)
    {
        _options = options.Value;
        _logger = logger ?? NullLogger<KnowledgeBase>.Instance;
        _recent = new RecentParagraphs(Math.Max(0, _options.ParagraphsInMemory));
        // Made beside the first open, on another core: opening a persisted snapshot needs none of them until the index
        // is matched to the model, and at a million paragraphs a start spent a fifth of its time on them (Lucene's
        // analyzers alone some 80 ms). The glossary and lexicon follow the analyzers they are read with, without a
        // thread of the pool waiting for them. A failure shows where they are first used.
        _analyzers = Task.Run(() => new LanguageAnalyzers());
        _glossary = _analyzers.ContinueWith(analyzers => DomainGlossary.LoadEmbedded(analyzers.GetAwaiter().GetResult()), TaskScheduler.Default);
        _lexicon = _analyzers.ContinueWith(analyzers => ParaphraseLexicon.LoadEmbedded(analyzers.GetAwaiter().GetResult()), TaskScheduler.Default);
    }

    private readonly Task<LanguageAnalyzers> _analyzers;
    private readonly Task<DomainGlossary> _glossary;
    private readonly Task<ParaphraseLexicon> _lexicon;

    public LanguageAnalyzers Analyzers => _analyzers.GetAwaiter().GetResult();

    public DomainGlossary Glossary => _glossary.GetAwaiter().GetResult();

    public ParaphraseLexicon Lexicon => _lexicon.GetAwaiter().GetResult();

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
                    return _current = Load([], CorpusLoader.Stamp([]), previous: null);
                }
                var files = CorpusLoader.CorpusFiles(_options.CorpusPath);
                return _current = Load(files, CorpusLoader.Stamp(files), previous: null);
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
                var stamp = CorpusLoader.Stamp(files);
                if (_current is not null && stamp == _current.Read.Stamp)
                    return (_current, null);
                var previous = _current;
                _current = Load(files, stamp, previous);
                // Unchanged content keeps the same index and texts: nothing to close.
                if (previous is not null && !ReferenceEquals(previous.Index, _current.Index))
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
    /// Told that a paragraph or text of the snapshot in service could not be read from its persisted model (damaged
    /// bytes, a failing disk): its folder is moved aside at once, so no later start opens it again, and the corpus is
    /// rebuilt from its files in the background while the damaged snapshot serves what it still can read. A file
    /// closed because its snapshot was replaced, or one of a snapshot no longer in service, is not damage to repair.
    /// </summary>
    public void ReportUnreadable(StoredModelReadException error)
    {
        var snapshot = _current;
        if (error.Retired || snapshot is null || !snapshot.Model.Holds(error.File) || !snapshot.MarkDamaged())
            return;
        _logger.LogError(error, "The persisted corpus model in {Folder} could not be read: moving it aside and rebuilding it from the corpus", snapshot.Folder);
        if (snapshot.Folder is { } folder && System.IO.Directory.Exists(folder))
            MoveAside(folder);
        _repair = Task.Run(() => RebuildDamaged(snapshot));
    }

    private void RebuildDamaged(KnowledgeSnapshot damaged)
    {
        try
        {
            lock (_gate)
            {
                // A reload may have replaced it already.
                if (!ReferenceEquals(_current, damaged))
                    return;
                var files = CorpusLoader.CorpusFiles(_options.CorpusPath);
                _current = Load(files, CorpusLoader.Stamp(files), previous: null);
            }
            Retire(damaged);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogError(e, "Rebuilding the damaged corpus model failed; the damaged snapshot keeps serving what it can read");
        }
    }

    /// <summary>
    /// A request may still be searching the old snapshot it took a moment ago: close its index only after a grace period.
    /// </summary>
    private void Retire(KnowledgeSnapshot previous) =>
        _ = Task.Delay(RetiredIndexGrace).ContinueWith(_ => previous.Close(), TaskScheduler.Default);

    /// <param name="stamp">The files' names, sizes and times, taken once by the caller (a stamp stats every file).</param>
    /// <param name="previous">The snapshot in service: files whose stamp is unchanged since it are not read again, and
    /// when only some documents changed, the index and model are updated from its folder for those documents only.</param>
    private KnowledgeSnapshot Load(IReadOnlyList<string> files, string stamp, KnowledgeSnapshot? previous)
    {
        if (files.Count == 0)
            _logger.LogWarning("No corpus files (text, HTML, Word or PDF) in {CorpusPath}", _options.CorpusPath);

        if (previous is null)
            RemoveAbandonedBuilds();
        if (previous is null && WithoutCollections.Run(OpenBudget, OpenLargeObjectBudget, () => OpenPersisted(stamp)) is { } opened)
            return opened;
        // Files changed while the host was down: start from the newest snapshot on disk and update it, as a reload would.
        var fromDisk = previous is null ? OpenPersisted(stamp: null) : null;
        KnowledgeSnapshot? snapshot = null;
        try
        {
            return snapshot = LoadAfter(previous ?? fromDisk, files, stamp);
        }
        finally
        {
            // What the new snapshot took from it (its index when unchanged, its texts' handles) stays open.
            if (fromDisk is not null && !ReferenceEquals(fromDisk.Index, snapshot?.Index))
                fromDisk.Close();
        }
    }

    private KnowledgeSnapshot LoadAfter(KnowledgeSnapshot? previous, IReadOnlyList<string> files, string stamp)
    {
        var phases = new LoadPhases();
        var (fresh, changed) = phases.Time("read", () => ReadChanged(files, stamp, previous));
        var (read, kept) = KeepLastGoodVersions(fresh, previous);
        var (hash, reports) = (read.ContentHash, read.Reports);
        foreach (var refused in reports.Where(r => !r.Accepted))
            _logger.LogWarning("Corpus file refused: {Errors}", string.Join("; ", refused.Errors));
        foreach (var file in kept)
            _logger.LogError("Corpus file refused, its last good version keeps serving: {File}", file);
        WarnOfShrunkFiles(read, previous);

        var target = Path.Combine(IndexRoot, hash[..16]);
        KnowledgeSnapshot snapshot;
        if (previous is not null && hash == previous.ContentHash && previous.Folder is not null)
        {
            // Touched but not changed: the same snapshot, with the new stamp.
            snapshot = previous with { Read = read with { Reports = AlignedVersions.Slim(previous.Corpus, reports) }, Kept = kept, Phases = phases, FromPersistedModel = false };
            target = previous.Folder;
        }
        else if (OpenComplete(target, hash, out var olderModel) is { } persisted)
            snapshot = Snapshot(persisted.Corpus, persisted.Index, persisted.Slots, read, target, persisted.Files) with { Kept = kept, Phases = phases };
        else if (previous?.Folder is { } from && File.Exists(Path.Combine(from, CompleteMarker)) && UpdateOrNull(previous, read, changed, target, phases, olderModel) is { } updated)
            snapshot = updated with { Kept = kept };
        else
        {
            if (previous is not null)
            {
                // A full build aligns every file from its own bytes, not from the versions the last snapshot kept.
                (read, kept) = KeepLastGoodVersions(phases.Time("read all", () => CorpusLoader.ReadAll(files, stamp)), previous);
                (hash, target) = (read.ContentHash, Path.Combine(IndexRoot, read.ContentHash[..16]));
            }
            snapshot = Build(read, target, phases) with { Kept = kept };
        }
        // A mix with last good versions is not what the files say: the next start must read them and see the refusal.
        if (kept.Count == 0)
            WriteStamp(target, stamp);
        _logger.LogInformation("Knowledge loaded: {Resolutions} resolutions, {Paragraphs} paragraphs, index {Hash} ({Phases})",
            snapshot.Corpus.Resolutions.Count, snapshot.Index.Count, hash[..12], phases);
        return snapshot;
    }

    private static KnowledgeSnapshot Snapshot(ResolutionCorpus corpus, ClauseIndex index, IndexSlots slots, CorpusRead read, string? folder, ModelFiles model) =>
        new(corpus, index, read with { Reports = AlignedVersions.Slim(corpus, read.Reports) }) { Slots = slots, Folder = folder, Model = model };

    /// <summary>The model and index of a complete snapshot folder for <paramref name="hash"/>, or null when there is none or either is unusable.</summary>
    /// <param name="olderModel">The folder is complete but its model was written by an older version: not damaged.</param>
    private (ResolutionCorpus Corpus, ClauseIndex Index, IndexSlots Slots, ModelFiles Files)? OpenComplete(string folder, string hash, out bool olderModel)
    {
        olderModel = false;
        if (!File.Exists(Path.Combine(folder, CompleteMarker)))
            return null;
        if (ReadModel(folder, hash, out olderModel) is not { } model)
            return null;
        if (TryOpenIndex(model.Corpus, model.Slots, folder, hash, out var olderIndex) is { } index)
            return (model.Corpus, index, model.Slots, model.Files);
        // The index is rebuilt with its model; this copy's texts are in the folder being set aside.
        model.Dispose();
        SetAside(folder, olderIndex);
        return null;
    }

    /// <summary>Parses, aligns and indexes every file: the first build, or when no earlier snapshot can be updated.</summary>
    private KnowledgeSnapshot Build(CorpusRead read, string target, LoadPhases phases)
    {
        // Each text is analysed once: the annotator keeps its tokens and the index takes them from there.
        var analysed = new AnalysedTexts(Analyzers);
        var aligned = phases.Time("align", () => new CorpusAligner(new ClauseAnnotator(Glossary, analysed)).Align(read.Reports.Where(r => r.Accepted).Select(r => r.Document!).ToList()));
        // Hashing the slots' layout walks every resolution: once per build, for the index, the model and the fallback below.
        var slots = IndexSlots.Sequential(aligned);
        var built = phases.Time("index", () => OpenOrBuildIndex(aligned, slots, read, analysed));
        // Serve from the model just written rather than the parser's strings, so the texts stay on disk here too.
        var persisted = phases.Time("reopen", () => ReadModel(target, read.ContentHash));
        var index = persisted is null ? null : TryOpenIndex(persisted.Corpus, persisted.Slots, target, read.ContentHash, out _);
        if (index is null)
        {
            persisted?.Dispose();
            return Snapshot(aligned, built, slots, read, target, ModelFiles.None) with { Phases = phases };
        }
        built.Dispose();
        return Snapshot(persisted!.Corpus, index, persisted.Slots, read, target, persisted.Files) with { Phases = phases };
    }

    /// <summary>
    /// Reads the files that are new or changed since <paramref name="previous"/> (by stamp), and every version of the
    /// documents they belong to, or belonged to: a document is aligned from all its versions at once. The others'
    /// reports are taken from <paramref name="previous"/>. Returns the read and the (upper-cased) symbols of the
    /// documents that may have changed.
    /// </summary>
    private static (CorpusRead Read, IReadOnlySet<string> Changed) ReadChanged(IReadOnlyList<string> files, string stamp, KnowledgeSnapshot? previous)
    {
        if (previous is null)
            return (CorpusLoader.ReadAll(files, stamp), new HashSet<string>());
        var before = previous.Reports.ToDictionary(r => r.Path, StringComparer.Ordinal);
        // Refused files are always read again: one refused as a second copy of a version may be the only copy now.
        var unchanged = new Dictionary<string, CorpusFileReport>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            if (before.TryGetValue(path, out var report) && report.Accepted && report.Stamp.Length > 0 && report.Stamp == CorpusLoader.FileStamp(path))
                unchanged[path] = report;
        }
        var fresh = files.Where(p => !unchanged.ContainsKey(p)).ToDictionary(p => p, p => CorpusLoader.ReadFile(p), StringComparer.Ordinal);
        var changed = fresh.Values.Where(r => r.Document is not null).Select(r => DocumentKeys.Of(r.Document!.Symbol))
            .Concat(previous.Reports.Where(r => r.Accepted && !unchanged.ContainsKey(r.Path)).Select(r => DocumentKeys.Of(r.Document!.Symbol)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var path in unchanged.Where(u => changed.Contains(DocumentKeys.Of(u.Value.Document!.Symbol))).Select(u => u.Key).ToList())
        {
            unchanged.Remove(path);
            fresh[path] = CorpusLoader.ReadFile(path);
        }
        return (CorpusLoader.Read(files, path => fresh.GetValueOrDefault(path) ?? unchanged[path], stamp), changed);
    }

    /// <summary>
    /// The snapshot of <paramref name="read"/>, made from <paramref name="previous"/> by re-aligning only the documents
    /// in <paramref name="changed"/>: their paragraphs are replaced in a copy of its index (files linked, not copied: a
    /// Lucene file is never changed once written) and the model is rewritten pointing at its text files, which are
    /// linked too. Built beside the old folder and renamed into place once complete, so the old snapshot serves until
    /// then and after a failure. Null when the previous folder cannot be updated (then everything is rebuilt).
    /// </summary>
    /// <param name="olderModel">A complete folder at <paramref name="target"/> holds a model of an older version (see <see cref="OpenComplete"/>).</param>
    private KnowledgeSnapshot? UpdateOrNull(KnowledgeSnapshot previous, CorpusRead read, IReadOnlySet<string> changed, string target, LoadPhases phases, bool olderModel)
    {
        var hash = read.ContentHash;
        var accepted = read.Reports.Where(r => r.Accepted).Select(r => r.Document!).ToList();
        var aligned = phases.Time("align", () => new CorpusAligner(new ClauseAnnotator(Glossary))
            .AlignDocuments(accepted.Where(d => changed.Contains(DocumentKeys.Of(d.Symbol))).ToList()))
            .ToDictionary(d => DocumentKeys.Of(d.Info.Symbol), StringComparer.Ordinal);
        var before = CorpusAligner.Documents(previous.Corpus).ToDictionary(d => DocumentKeys.Of(d.Info.Symbol), StringComparer.Ordinal);
        var documents = new List<AlignedDocument>();
        foreach (var key in accepted.Select(d => DocumentKeys.Of(d.Symbol)).Distinct(StringComparer.Ordinal))
        {
            if (aligned.TryGetValue(key, out var document) || before.TryGetValue(key, out document))
                documents.Add(document);
            else
                return null;
        }
        var corpus = CorpusAligner.Assemble(documents);
        var slots = IndexSlots.After(previous.Corpus, previous.Slots, corpus);
        var added = new HashSet<Resolution>(aligned.Values.SelectMany(d => d.Resolutions), ReferenceEqualityComparer.Instance);
        if (File.Exists(Path.Combine(target, CompleteMarker)))
            SetAside(target, olderModel); // complete, but its model did not open (see OpenComplete)

        string building;
        try
        {
            building = BuildBeside(hash, building =>
            {
                phases.Time("link", () => LinkSnapshotFiles(previous, building));
                phases.Time("index", () =>
                {
                    using var directory = FSDirectory.Open(building);
                    ClauseIndex.Update(corpus, slots, changed, added, directory, Analyzers, hash);
                });
                phases.Time("model", () => CorpusModelFile.Write(building, hash, corpus, slots, read.Reports, previous.Model));
            });
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException && !(e is IOException io && DiskFull.Is(io)))
        {
            // An earlier index that does not take the update (damaged: Lucene's CorruptIndexException, EndOfStreamException
            // and FileNotFoundException are IOExceptions too; or not what its model says): rebuild instead. Only a full
            // disk is passed on, since a rebuild would not fit either.
            _logger.LogWarning(e, "Updating the snapshot in {Folder} failed; rebuilding it from the corpus", previous.Folder);
            return null;
        }
        Publish(building, target);
        var index = phases.Time("open", () => ClauseIndex.Open(corpus, slots, FSDirectory.Open(target), Analyzers, hash));
        // The new paragraphs hold their texts until the next start opens them from the new text file; the others share
        // the open files, and the documents kept from before their open parts (linked into the new folder as well, but
        // opened from the old one: the same bytes). Only parts kept from before are offered to the next update: a new
        // part names that new text file.
        return Snapshot(corpus, index, slots, read, target, previous.Model.Share(corpus.Documents)) with { Phases = phases };
    }

    /// <summary>The previous snapshot's Lucene files and the text files its paragraphs read from, linked into <paramref name="building"/>.</summary>
    private static void LinkSnapshotFiles(KnowledgeSnapshot previous, string building)
    {
        System.IO.Directory.CreateDirectory(building);
        var model = previous.Model.Texts.Select(t => t.Name).Concat(previous.Model.Parts.Values.Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(previous.Folder!))
        {
            var name = Path.GetFileName(file);
            var isLucene = !name.StartsWith(CorpusModelFile.TextFilePrefix, StringComparison.Ordinal) && !name.StartsWith(CorpusModelFile.PartFilePrefix, StringComparison.Ordinal)
                && name is not (CompleteMarker or StampFile or CorpusModelFile.FileName or "write.lock") && !name.Contains(".tmp-", StringComparison.Ordinal)
                && !name.StartsWith(ClauseIndex.DocSlotsPrefix, StringComparison.Ordinal); // the update's commit gets its own
            if (isLucene || model.Contains(name))
                FileLinks.LinkOrCopy(file, Path.Combine(building, name));
        }
    }

    /// <summary>
    /// A new folder beside the published snapshots, filled by <paramref name="write"/> and marked complete for
    /// <paramref name="hash"/>, for <see cref="Publish"/>. On any failure the half-built folder is removed before the
    /// exception goes on: on a full disk, so the snapshot in service keeps room to work.
    /// </summary>
    private string BuildBeside(string hash, Action<string> write)
    {
        System.IO.Directory.CreateDirectory(IndexRoot);
        var building = Path.Combine(IndexRoot, $"{hash[..16]}.building-{Guid.NewGuid():N}");
        try
        {
            write(building);
            File.WriteAllText(Path.Combine(building, CompleteMarker), hash);
            return building;
        }
        catch
        {
            TryDelete(building);
            throw;
        }
    }

    /// <summary>Renames a complete <paramref name="building"/> folder into place and removes the snapshots it replaces.</summary>
    private void Publish(string building, string target)
    {
        if (System.IO.Directory.Exists(target) && !File.Exists(Path.Combine(target, CompleteMarker)))
            MoveAside(target);
        try
        {
            System.IO.Directory.Move(building, target);
        }
        catch (IOException) when (File.Exists(Path.Combine(target, CompleteMarker)))
        {
            // Another process built the same index first; theirs is identical.
            System.IO.Directory.Delete(building, recursive: true);
        }
        RemoveStaleIndexes(IndexRoot, keep: target);
    }

    private string IndexRoot => Path.Combine(_options.DataPath, "index");

    /// <summary>
    /// The snapshot persisted for exactly these files (same names, sizes and times), opened without reading any of
    /// them; with no stamp, the newest complete snapshot whatever files it was made from (to update it). Null when
    /// there is none or it cannot be used (then the caller reads the files and rebuilds what is missing).
    /// </summary>
    private KnowledgeSnapshot? OpenPersisted(string? stamp)
    {
        if (!System.IO.Directory.Exists(IndexRoot))
            return null;
        var folders = System.IO.Directory.EnumerateDirectories(IndexRoot).Where(f => !f.Contains(".building-") && !f.Contains(DamagedInfix))
            .Where(f => File.Exists(Path.Combine(f, CompleteMarker)))
            .OrderByDescending(f => File.GetLastWriteTimeUtc(Path.Combine(f, CompleteMarker)));
        foreach (var folder in folders)
        {
            try
            {
                var stampFile = Path.Combine(folder, StampFile);
                if (stamp is not null && (!File.Exists(stampFile) || File.ReadAllText(stampFile) != stamp))
                    continue;
                var hash = File.ReadAllText(Path.Combine(folder, CompleteMarker));
                var phases = new LoadPhases();
                // The index's commit is opened on another core while the manifest is read: neither needs the other
                // until the model's slots are matched to the commit's documents.
                var commit = OpenCommit(folder, hash);
                PersistedCorpus? model = null;
                try
                {
                    model = ReadModel(folder, hash, out _, phases);
                }
                finally
                {
                    if (model is null)
                        Close(commit);
                }
                if (model is null)
                    return null;
                if (TryOpenIndex(model.Corpus, model.Slots, folder, hash, out _, phases, commit) is not { } index)
                {
                    model.Dispose();
                    return null;
                }
                var reports = phases.Time("reports", () => AlignedVersions.Slim(model.Corpus, model.Reports));
                _logger.LogInformation("Knowledge opened from {Folder}: {Resolutions} resolutions, {Paragraphs} paragraphs, no file read ({Phases})",
                    folder, model.Corpus.Resolutions.Count, index.Count, phases);
                return new KnowledgeSnapshot(model.Corpus, index, new CorpusRead(reports, hash, stamp ?? ""))
                    { FromPersistedModel = true, Model = model.Files, Slots = model.Slots, Folder = folder, Phases = phases };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning("The persisted snapshot in {Folder} cannot be read ({Message}): reading the corpus", folder, e.Message);
                return null;
            }
        }
        return null;
    }

    private PersistedCorpus? ReadModel(string folder, string hash) => ReadModel(folder, hash, out _);

    /// <summary>The last commit of the index in <paramref name="folder"/>, opened on the thread pool (<see cref="ClauseIndex.OpenCommit"/>).</summary>
    private static Task<ClauseIndex.Commit> OpenCommit(string folder, string hash) => Task.Run(() => ClauseIndex.OpenCommit(FSDirectory.Open(folder), hash));

    /// <summary>Closes a commit opened beside a model that could not be read, once it is open; one that failed to open closed itself.</summary>
    private static void Close(Task<ClauseIndex.Commit> commit) =>
        commit.ContinueWith(opened => { if (opened.IsCompletedSuccessfully) opened.Result.Dispose(); }, TaskScheduler.Default).Wait();

    /// <param name="olderVersion">There is no usable model because an older version wrote the folder: nothing is damaged.</param>
    /// <param name="phases">Where the steps of reading it are timed, when given.</param>
    private PersistedCorpus? ReadModel(string folder, string hash, out bool olderVersion, LoadPhases? phases = null)
    {
        var model = CorpusModelFile.TryRead(folder, hash, _recent, out var problem, out olderVersion, phases);
        if (model is null && olderVersion)
            // Expected once after every upgrade: not something for the user to fix.
            _logger.LogInformation("The corpus model in {Folder} is {Problem}: writing it anew from the corpus", folder, problem);
        else if (model is null)
            _logger.LogWarning("The corpus model in {Folder} is not usable ({Problem}): rebuilding it from the corpus", folder, problem);
        return model;
    }

    /// <summary>Records which files the snapshot in <paramref name="folder"/> was made from; written through a temporary file so a reader never sees half of it.</summary>
    private void WriteStamp(string folder, string stamp)
    {
        var path = Path.Combine(folder, StampFile);
        try
        {
            if (File.Exists(path) && File.ReadAllText(path) == stamp)
                return;
            var temporary = $"{path}.tmp-{Guid.NewGuid():N}";
            File.WriteAllText(temporary, stamp);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a faster next start is lost: it reads the files and finds the model by their hash.
            _logger.LogWarning("Could not record the corpus stamp in {Folder}: {Message}", folder, e.Message);
        }
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

    /// <summary>
    /// Opens the index of these files, or builds it beside the others. The corpus model is written into the same
    /// folder before its "complete" marker, so a complete folder always has the model it was indexed from; a folder
    /// whose model is missing or unusable (an older version, damaged) gets it rewritten in place.
    /// </summary>
    /// <param name="slots">The corpus's <see cref="IndexSlots.Sequential"/> slots, what a full build numbers the paragraphs with.</param>
    private ClauseIndex OpenOrBuildIndex(ResolutionCorpus corpus, IndexSlots slots, CorpusRead read, AnalysedTexts analysed)
    {
        var hash = read.ContentHash;
        var root = IndexRoot;
        var target = Path.Combine(root, hash[..16]);
        if (File.Exists(Path.Combine(target, CompleteMarker)))
        {
            // A folder an update wrote numbers its paragraphs otherwise: its commit's slot layout refuses these slots, and it is rebuilt, not misread.
            if (TryOpenIndex(corpus, slots, target, hash, out var olderIndex) is { } opened)
            {
                TryWriteModel(target, hash, corpus, slots, read.Reports);
                return opened;
            }
            SetAside(target, olderIndex);
        }

        var building = BuildBeside(hash, building =>
        {
            ClauseIndex.Build(corpus, slots, FSDirectory.Open(building), Analyzers, hash, analysed).Dispose();
            CorpusModelFile.Write(building, hash, corpus, slots, read.Reports);
        });
        Publish(building, target);
        return ClauseIndex.Open(corpus, slots, FSDirectory.Open(target), Analyzers, hash);
    }

    private void TryWriteModel(string folder, string hash, ResolutionCorpus corpus, IndexSlots slots, IReadOnlyList<CorpusFileReport> reports)
    {
        try
        {
            CorpusModelFile.Write(folder, hash, corpus, slots, reports);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not write the corpus model in {Folder}: {Message}; the next start reads the corpus again", folder, e.Message);
        }
    }

    /// <summary>
    /// Opens a persisted index, or null when it is damaged (zeroed bytes in segments_N, a truncated compound file:
    /// Lucene then throws ArgumentException, CorruptIndexException, EndOfStreamException … or opens short) or was not
    /// built for this model (its commit names another content hash or slot layout, or none: then
    /// <paramref name="olderVersion"/>, an index an older version wrote).
    /// </summary>
    /// <param name="commit">The index's commit, opened beside the model (<see cref="OpenCommit"/>); opened here when null.</param>
    private ClauseIndex? TryOpenIndex(ResolutionCorpus corpus, IndexSlots slots, string folder, string hash, out bool olderVersion, LoadPhases? phases = null, Task<ClauseIndex.Commit>? commit = null)
    {
        olderVersion = false;
        var expected = corpus.Resolutions.Sum(r => r.Paragraphs.Count);
        try
        {
            ClauseIndex index;
            if (commit is not null)
            {
                // Its errors are the ones opening it here would throw (it closed its directory then).
                var opened = commit.GetAwaiter().GetResult();
                phases?.Add(opened.Phases, LoadPhases.Beside);
                index = ClauseIndex.Open(corpus, slots, opened, Analyzers, phases);
            }
            else
            {
                index = ClauseIndex.Open(corpus, slots, FSDirectory.Open(folder), Analyzers, hash, phases);
            }
            if (index.Count == expected)
                return index;
            _logger.LogWarning("The index in {Folder} holds {Count} paragraphs instead of {Expected}: rebuilding it", folder, index.Count, expected);
            index.Dispose();
            return null;
        }
        // The directory is closed by a failed open (ClauseIndex.OpenCommit and the index's constructor close it).
        catch (UnmatchedIndexException e) when (e.OlderVersion)
        {
            olderVersion = true;
            // Expected once after an upgrade: nothing for the user to fix, and nothing damaged to keep.
            _logger.LogInformation("The index in {Folder} was made by an older version ({Message}): rebuilding it from the corpus", folder, e.Message);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning("The index in {Folder} cannot be opened ({Error}: {Message}): rebuilding it from the corpus", folder, e.GetType().Name, e.Message);
            return null;
        }
    }

    /// <summary>
    /// Clears the way for rebuilding the snapshot in <paramref name="folder"/>: one an older version made
    /// (<paramref name="olderVersion"/>) is deleted; any other (damaged, or holding an index of other files) is kept
    /// aside for inspection.
    /// </summary>
    private void SetAside(string folder, bool olderVersion)
    {
        if (!olderVersion)
        {
            MoveAside(folder);
            return;
        }
        TryDelete(folder);
        _logger.LogInformation("Removed the snapshot in {Folder}, made by an older version: rebuilt", folder);
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

    private void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not remove the unfinished index {Folder}: {Message}", folder, e.Message);
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

    /// <summary>How long a building folder must have gone unwritten before a start takes it for one whose process died.</summary>
    private static readonly TimeSpan AbandonedBuildAge = TimeSpan.FromHours(1);

    /// <summary>
    /// Removes the building folders a killed process left (each may be a full copy of the index). Another process
    /// sharing the data folder may be building one right now, and nothing on disk says which process a folder is
    /// for (Lucene's write lock is released while the model is written), so a folder counts as abandoned only when
    /// nothing in it was written for <see cref="AbandonedBuildAge"/>: a live build writes segments and the model
    /// file continuously, and never pauses that long.
    /// </summary>
    private void RemoveAbandonedBuilds()
    {
        if (!System.IO.Directory.Exists(IndexRoot))
            return;
        foreach (var folder in System.IO.Directory.EnumerateDirectories(IndexRoot, "*.building-*"))
        {
            try
            {
                var lastWrite = System.IO.Directory.EnumerateFiles(folder).Select(File.GetLastWriteTimeUtc)
                    .Append(System.IO.Directory.GetLastWriteTimeUtc(folder)).Max();
                if (DateTime.UtcNow - lastWrite < AbandonedBuildAge)
                    continue;
                System.IO.Directory.Delete(folder, recursive: true);
                _logger.LogInformation("Removed the unfinished index {Folder}, left by a build that stopped at {Time:u}", folder, lastWrite);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning("Could not remove the unfinished index {Folder}: {Message}", folder, e.Message);
            }
        }
    }

    public void Dispose()
    {
        _repair.Wait();
        _current?.Close();
        // The loads use the analyzers: they end before those are disposed (a failed one has nothing to release, and its error showed where it was used).
        Task.WhenAll(_analyzers, _glossary, _lexicon).ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        if (_analyzers.IsCompletedSuccessfully)
            _analyzers.Result.Dispose();
    }
}
