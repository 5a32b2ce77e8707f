using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using ResBot.Knowledge.Model;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// The Lucene index of every paragraph: one Lucene document per paragraph, one analyzed field per language
/// version (text_ar, text_en, text_fr), the glossary ids it mentions (so a term typed in one language finds
/// clauses in another), and keyword fields for filters. Scored with BM25. Each document carries its paragraph's
/// position in the corpus (<see cref="OrdinalField"/>, a doc value), and each commit the content hash of the files it
/// was built from and a hash of which paragraph each slot holds, so an index is only ever opened with the corpus model
/// and the slots it was built with.
/// </summary>
public sealed class ClauseIndex : IDisposable
{
    /// <summary>Bumped whenever the fields change: it is part of the content hash, so an older index is rebuilt, never misread.</summary>
    /// <remarks>4: the slot layout in the commit is hashed per resolution (<see cref="IndexSlots.Layout"/>), no longer per paragraph.
    /// 5: the sessions a paragraph names (<see cref="SessionsField"/>). Bump it too when the session patterns of
    /// <see cref="Understanding.ReferenceParser"/> read clauses differently: no other version covers them.</remarks>
    public const int FormatVersion = 5;

    /// <summary>The paragraph's slot (<see cref="IndexSlots"/>): a hit is mapped back to its paragraph without a lookup by name.</summary>
    internal const string OrdinalField = "ord";

    /// <summary>The symbol of the paragraph's document, upper-cased: what an incremental update deletes a document's paragraphs by.</summary>
    internal const string DocumentField = "doc";

    /// <summary>Commit data: the content hash of the files the index was built from.</summary>
    private const string ContentHashKey = "content-hash";

    /// <summary>
    /// Commit data: <see cref="IndexSlots.Layout"/> of the slots the index was written with. The content hash alone does not
    /// say them: an incremental update numbers new paragraphs past the end, a full build of the same files in corpus
    /// order, and opening one with the other's slots would cite every hit to another paragraph.
    /// </summary>
    private const string SlotLayoutKey = "slot-layout";
    internal const string ResolutionField = "res";
    internal const string KindField = "kind";
    internal const string AddresseeField = "addr";
    internal const string TermsField = "terms";
    internal const string ActionField = "act";
    internal const string BodyField = "body";

    /// <summary>
    /// The sessions a paragraph names, whoever's ("the Thirty-first Session of the Islamic Conference of Foreign
    /// Ministers held in Istanbul"): "where did the 31st session meet?" finds the clauses that can say, though no word
    /// of the question but the session's is in them.
    /// </summary>
    internal const string SessionsField = "sess";

    /// <summary>Glossary ids weigh more than single words: they are what the user is asking about.</summary>
    private const float TermBoost = 2.5f;

    /// <summary>A word that only means the same as the question's weighs less than the question's own word.</summary>
    private const float SynonymBoost = 0.6f;

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly LanguageAnalyzers _analyzers;
    /// <summary>
    /// Each Lucene document's paragraph position in the corpus (resolutions in order, then their paragraphs), mapped
    /// from its slot once at open: Lucene's doc-values readers keep a file position
    /// and are not safe to share between the threads of concurrent requests, a plain array is.
    /// </summary>
    private readonly int[] _paragraphOfDoc;
    private readonly IReadOnlyList<Resolution> _resolutions;

    /// <summary>For each paragraph position, its resolution's position in <see cref="_resolutions"/>: what <see cref="SearchCounted"/> counts by.</summary>
    private readonly int[] _resolutionOfParagraph;

    /// <summary>For each resolution position, the position of its first paragraph: a hit's paragraph is found by number, without holding every paragraph.</summary>
    private readonly int[] _firstParagraph;

    /// <summary>
    /// What only counted searches need (<see cref="ResolutionRanks"/>): made on the first one, not at open, where sorting
    /// 70,000 keys at a million paragraphs would be paid by every start, corpus-wide question or not.
    /// </summary>
    private readonly Lazy<ResolutionRanks> _ranks;

    /// <param name="KeyRank">For each resolution position, the rank of its key in ordinal order: counts tied in number sort by key without comparing strings.</param>
    /// <param name="ByKey">Resolution positions in ordinal key order: the inverse of <paramref name="KeyRank"/>.</param>
    /// <param name="Bodies">The bodies of the corpus's resolutions (<see cref="ResolutionKeys.BodyOf"/>).</param>
    /// <param name="BodyOfResolution">Each resolution's body, by position in <paramref name="Bodies"/>.</param>
    private sealed record ResolutionRanks(int[] KeyRank, int[] ByKey, string[] Bodies, int[] BodyOfResolution)
    {
        public static ResolutionRanks Of(IReadOnlyList<Resolution> resolutions)
        {
            var keyRank = new int[resolutions.Count];
            var byKey = Enumerable.Range(0, resolutions.Count).ToArray();
            Array.Sort(resolutions.Select(r => r.Key).ToArray(), byKey, StringComparer.Ordinal);
            for (var rank = 0; rank < byKey.Length; rank++)
                keyRank[byKey[rank]] = rank;
            var bodyOfKey = resolutions.Select(r => ResolutionKeys.BodyOf(r.Key)).ToArray();
            var bodies = bodyOfKey.Distinct(StringComparer.Ordinal).ToArray();
            return new ResolutionRanks(keyRank, byKey, bodies, bodyOfKey.Select(b => Array.IndexOf(bodies, b)).ToArray());
        }
    }

    /// <summary>
    /// An index's commit opened and the slot of each of its documents read, not yet matched to a corpus model: all of
    /// an open that needs no model, so it can run on another core while the model's manifest is read. Disposing it
    /// closes the index unless a <see cref="ClauseIndex"/> was made from it (that one closes it then).
    /// </summary>
    public sealed class Commit : IDisposable
    {
        internal Commit(LuceneDirectory directory, DirectoryReader reader, int[] slotOfDoc, LoadPhases phases) =>
            (Directory, Reader, SlotOfDoc, Phases) = (directory, reader, slotOfDoc, phases);

        internal LuceneDirectory Directory { get; }

        internal DirectoryReader Reader { get; }

        internal int[] SlotOfDoc { get; }

        /// <summary>How long opening it took, step by step.</summary>
        public LoadPhases Phases { get; }

        private bool _taken;

        /// <summary>Hands the open index over to the <see cref="ClauseIndex"/> made from it: only once.</summary>
        internal void Take() => _taken = !_taken ? true : throw new InvalidOperationException("this commit was taken already");

        public void Dispose()
        {
            if (_taken)
                return;
            Reader.Dispose();
            Directory.Dispose();
        }
    }

    /// <summary>
    /// Opens the last commit in <paramref name="directory"/> and reads its documents' slots; throws
    /// <see cref="UnmatchedIndexException"/> when it was built from other files than <paramref name="contentHash"/> or by
    /// an older version. The directory is closed when this throws, and with the result otherwise.
    /// </summary>
    public static Commit OpenCommit(LuceneDirectory directory, string contentHash)
    {
        var phases = new LoadPhases();
        DirectoryReader? reader = null;
        try
        {
            reader = phases.Time("lucene", () => DirectoryReader.Open(directory));
            if (reader.IndexCommit.UserData.TryGetValue(ContentHashKey, out var built) is false || built != contentHash)
                throw new UnmatchedIndexException($"the index was built from other files ({built ?? "no content hash: an older version"})", olderVersion: built is null);
            var slotOfDoc = phases.Time("doc slots", () => ReadDocSlots(directory, reader) ?? SlotOfDoc(reader));
            return new Commit(directory, reader, slotOfDoc, phases);
        }
        catch
        {
            reader?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    private ClauseIndex(LanguageAnalyzers analyzers, ResolutionCorpus corpus, IndexSlots slots, Commit commit, LoadPhases? phases = null)
    {
        phases ??= new LoadPhases();
        commit.Take();
        _directory = commit.Directory;
        _analyzers = analyzers;
        _reader = commit.Reader;
        try
        {
            // The model's layout is recomputed from its manifest when it is opened (CorpusModelFile.TryRead); the commit's was hashed when written.
            if (_reader.IndexCommit.UserData.TryGetValue(SlotLayoutKey, out var layout) is false || layout != slots.Layout)
                throw new UnmatchedIndexException($"the index numbers its paragraphs otherwise than the corpus model ({(layout is null ? "no slot layout: an older version" : "another slot layout")})", olderVersion: layout is null);
            _paragraphOfDoc = phases.Time("doc map", () => ParagraphOfDoc(commit.SlotOfDoc, _reader.NumDocs, PositionOfSlot(corpus, slots), slots.End));
            var positionsStart = LoadPhases.Start();
            _resolutions = corpus.Resolutions;
            _firstParagraph = new int[_resolutions.Count];
            _resolutionOfParagraph = new int[corpus.Resolutions.Sum(r => r.Paragraphs.Count)];
            for (int r = 0, position = 0; r < _resolutions.Count; r++)
            {
                _firstParagraph[r] = position;
                var end = position + _resolutions[r].Paragraphs.Count;
                Array.Fill(_resolutionOfParagraph, r, position, end - position);
                position = end;
            }
            phases.Add("positions", positionsStart);
            var resolutions = _resolutions;
            _ranks = new Lazy<ResolutionRanks>(() => ResolutionRanks.Of(resolutions), LazyThreadSafetyMode.ExecutionAndPublication);
        }
        catch
        {
            _reader.Dispose();
            _directory.Dispose();
            throw;
        }
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The commit data of an index written with <paramref name="slots"/> from the files of <paramref name="contentHash"/>.</summary>
    private static Dictionary<string, string> CommitData(IndexSlots slots, string contentHash) =>
        new() { [ContentHashKey] = contentHash, [SlotLayoutKey] = slots.Layout };

    /// <summary>
    /// Each Lucene document's paragraph position, from its slot: read from the commit's <see cref="DocSlotsPrefix"/>
    /// file when there is a sound one (one read of an array), else from the slot doc values, one document at a time.
    /// </summary>
    /// <param name="positionOfSlot">For each slot its paragraph's position (<see cref="PositionOfSlot"/>); null when every slot is its own position, as after a full build.</param>
    private static int[] ParagraphOfDoc(int[] slotOfDoc, int numDocs, int[]? positionOfSlot, int positions)
    {
        // Mapped in place: the slots are not needed afterwards, and at a million documents each array is 4 MB.
        var paragraphOfDoc = slotOfDoc;
        var live = 0;
        for (var doc = 0; doc < slotOfDoc.Length; doc++)
        {
            var slot = slotOfDoc[doc];
            if (slot == Deleted)
            {
                paragraphOfDoc[doc] = 0;
                continue;
            }
            live++;
            var position = slot < 0 || slot >= (positionOfSlot?.Length ?? positions) ? -1 : positionOfSlot?[slot] ?? slot;
            paragraphOfDoc[doc] = position >= 0
                ? position
                : throw new InvalidDataException($"index document {doc} names slot {slot}, which no paragraph of the corpus model has");
        }
        return live == numDocs ? paragraphOfDoc : throw new InvalidDataException($"{live} index documents have slots, the index holds {numDocs}");
    }

    /// <summary>
    /// Beside each commit, every document's slot (<see cref="Deleted"/> for a deleted one), named by the commit's
    /// generation: what the slot doc values say, written once after the commit, so that an open reads one array
    /// instead of a million doc values. Not a Lucene file name (those begin with "_" or "segments"): Lucene leaves it alone.
    /// </summary>
    public const string DocSlotsPrefix = "docslots-";

    private const string DocSlotsCodec = "ResBotDocSlots";

    private const int Deleted = -1;

    private static string DocSlotsName(IndexCommit commit) => $"{DocSlotsPrefix}{commit.Generation}.bin";

    /// <summary>Each document's slot from the doc values, segment by segment (the composite reader's look-up searches for the segment at every document).</summary>
    private static int[] SlotOfDoc(DirectoryReader reader)
    {
        var slotOfDoc = new int[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var ordinals = segment.GetNumericDocValues(OrdinalField)
                ?? (segment.MaxDoc == 0 ? DocValues.EMPTY_NUMERIC : throw new UnmatchedIndexException("the index has no paragraph positions: an older version", olderVersion: true));
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                var slot = live is not null && !live.Get(doc) ? Deleted : ordinals.Get(doc);
                slotOfDoc[leaf.DocBase + doc] = slot is >= Deleted and <= int.MaxValue ? (int)slot : throw new InvalidDataException($"index document {leaf.DocBase + doc} names slot {slot}");
            }
        }
        return slotOfDoc;
    }

    /// <summary>Writes the <see cref="DocSlotsPrefix"/> file of the commit just made in <paramref name="directory"/>.</summary>
    private static void WriteDocSlots(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var slotOfDoc = SlotOfDoc(reader);
        var bytes = new byte[slotOfDoc.Length * sizeof(int)];
        for (var doc = 0; doc < slotOfDoc.Length; doc++)
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(doc * sizeof(int)), slotOfDoc[doc]);
        using var output = directory.CreateOutput(DocSlotsName(reader.IndexCommit), Lucene.Net.Store.IOContext.DEFAULT);
        Lucene.Net.Codecs.CodecUtil.WriteHeader(output, DocSlotsCodec, 1);
        output.WriteString(reader.IndexCommit.SegmentsFileName);
        output.WriteInt32(slotOfDoc.Length);
        output.WriteBytes(bytes, bytes.Length);
        Lucene.Net.Codecs.CodecUtil.WriteFooter(output);
    }

    /// <summary>
    /// The slots the commit's <see cref="DocSlotsPrefix"/> file gives, or null when there is none (an index of an
    /// earlier build, a folder that could not be written) or it is not sound: of another commit or length, failing
    /// its checksum, or disagreeing with the doc values on any of a sample of documents.
    /// </summary>
    private static int[]? ReadDocSlots(LuceneDirectory directory, DirectoryReader reader)
    {
        var name = DocSlotsName(reader.IndexCommit);
        if (!directory.FileExists(name))
            return null;
        int[] slotOfDoc;
        try
        {
            using var input = directory.OpenChecksumInput(name, Lucene.Net.Store.IOContext.READ_ONCE);
            Lucene.Net.Codecs.CodecUtil.CheckHeader(input, DocSlotsCodec, 1, 1);
            if (input.ReadString() != reader.IndexCommit.SegmentsFileName || input.ReadInt32() != reader.MaxDoc)
                return null;
            var bytes = new byte[reader.MaxDoc * sizeof(int)];
            input.ReadBytes(bytes, 0, bytes.Length);
            Lucene.Net.Codecs.CodecUtil.CheckFooter(input);
            slotOfDoc = new int[reader.MaxDoc];
            if (BitConverter.IsLittleEndian)
                bytes.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(slotOfDoc.AsSpan()));
            else
            {
                for (var doc = 0; doc < slotOfDoc.Length; doc++)
                    slotOfDoc[doc] = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(doc * sizeof(int)));
            }
        }
        catch (IOException)
        {
            // Lucene's CorruptIndexException (a bad checksum) is one.
            return null;
        }
        var values = MultiDocValues.GetNumericValues(reader, OrdinalField);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < slotOfDoc.Length; doc += Math.Max(1, slotOfDoc.Length / 512))
        {
            var slot = liveDocs is not null && !liveDocs.Get(doc) ? Deleted : values?.Get(doc);
            if (slot != slotOfDoc[doc])
                return null;
        }
        return slotOfDoc;
    }

    /// <summary>For each slot, the position of its paragraph in corpus order; -1 for a gap. Null when each slot is its paragraph's position (slots in corpus order without gaps, as a full build numbers them).</summary>
    private static int[]? PositionOfSlot(ResolutionCorpus corpus, IndexSlots slots)
    {
        if (slots.First.Count != corpus.Resolutions.Count)
            throw new InvalidDataException($"{slots.First.Count} resolutions have slots, the corpus has {corpus.Resolutions.Count}");
        var sequential = true;
        var next = 0;
        for (var r = 0; r < corpus.Resolutions.Count && sequential; r++)
        {
            sequential = slots.First[r] == next;
            next += corpus.Resolutions[r].Paragraphs.Count;
        }
        if (sequential && next == slots.End)
            return null;
        var positions = new int[slots.End];
        Array.Fill(positions, -1);
        var position = 0;
        for (var r = 0; r < corpus.Resolutions.Count; r++)
        {
            var count = corpus.Resolutions[r].Paragraphs.Count;
            for (var slot = slots.First[r]; slot < slots.First[r] + count; slot++)
            {
                if (slot < 0 || slot >= positions.Length || positions[slot] >= 0)
                    throw new InvalidDataException($"slot {slot} is out of range or given twice");
                positions[slot] = position++;
            }
        }
        return positions;
    }

    public int Count => _reader.NumDocs;

    public static string Id(Resolution resolution, Paragraph paragraph) => $"{resolution.DocumentSymbol}|{resolution.Key}|{paragraph.Key}";

    public static string TextField(Language language) => "text_" + language.Code();

    /// <summary>
    /// Writes the corpus into <paramref name="directory"/> with <paramref name="slots"/> (a full build's are
    /// <see cref="IndexSlots.Sequential"/>), marked with <paramref name="contentHash"/>, and opens it for search. Texts
    /// that <paramref name="analysed"/> holds (the annotator's) are indexed from their kept tokens, the others analysed here.
    /// </summary>
    public static ClauseIndex Build(ResolutionCorpus corpus, IndexSlots slots, LuceneDirectory directory, LanguageAnalyzers analyzers, string contentHash, AnalysedTexts? analysed = null)
    {
        using (var writer = new IndexWriter(directory, WriterConfig(analyzers, OpenMode.CREATE)))
        {
            // One writer fed from every core (it is thread-safe, one segment buffer per thread): which core adds which
            // paragraph changes document numbers only, and no answer depends on them (see TopClauseCollector).
            Parallel.For(0, corpus.Resolutions.Count, () => new ParagraphDocuments(analysed), (r, _, documents) =>
            {
                AddResolution(writer, documents, corpus.Resolutions[r], slots.First[r]);
                return documents;
            }, _ => { });
            writer.SetCommitData(CommitData(slots, contentHash));
            writer.Commit();
        }
        WriteDocSlots(directory);
        return new ClauseIndex(analyzers, corpus, slots, OpenCommit(directory, contentHash));
    }

    /// <summary>
    /// Brings the copy of an earlier index in <paramref name="directory"/> up to <paramref name="corpus"/>: the
    /// paragraphs of every document in <paramref name="replaced"/> are deleted by their document key, the resolutions
    /// in <paramref name="added"/> (their slots in <paramref name="slots"/>) are added, and the commit is marked with
    /// <paramref name="contentHash"/>. Deleted paragraphs are merged away before the commit: BM25 counts the documents
    /// of a segment, deleted or not, and the scores must be those of an index built afresh from the same files.
    /// Opened for search with <see cref="Open"/> once its folder is in place.
    /// </summary>
    public static void Update(ResolutionCorpus corpus, IndexSlots slots, IReadOnlyCollection<string> replaced, IReadOnlySet<Resolution> added,
        LuceneDirectory directory, LanguageAnalyzers analyzers, string contentHash)
    {
        var config = WriterConfig(analyzers, OpenMode.APPEND);
        config.MergePolicy = new TieredMergePolicy { ForceMergeDeletesPctAllowed = 0 };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var symbol in replaced)
                writer.DeleteDocuments(new Term(DocumentField, DocumentKeys.Of(symbol)));
            var documents = new ParagraphDocuments(analysed: null);
            for (var r = 0; r < corpus.Resolutions.Count; r++)
            {
                if (added.Contains(corpus.Resolutions[r]))
                    AddResolution(writer, documents, corpus.Resolutions[r], slots.First[r]);
            }
            if (writer.HasDeletions())
                writer.ForceMergeDeletes(doWait: true);
            writer.SetCommitData(CommitData(slots, contentHash));
            writer.Commit();
        }
        WriteDocSlots(directory);
    }

    private static IndexWriterConfig WriterConfig(LanguageAnalyzers analyzers, OpenMode mode) =>
        new(LanguageAnalyzers.Version, FieldAnalyzer(analyzers))
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 256,
        };

    private static void AddResolution(IndexWriter writer, ParagraphDocuments documents, Resolution resolution, int firstSlot)
    {
        documents.Start(resolution);
        for (var p = 0; p < resolution.Paragraphs.Count; p++)
            writer.AddDocument(documents.For(resolution.Paragraphs[p], firstSlot + p));
    }

    /// <summary>
    /// Opens an index built earlier from the files of <paramref name="contentHash"/>, for the corpus model made from them;
    /// throws <see cref="UnmatchedIndexException"/> when it was built from other files or by an older version.
    /// </summary>
    /// <param name="phases">Where the steps of the open are timed, when given.</param>
    public static ClauseIndex Open(ResolutionCorpus corpus, IndexSlots slots, LuceneDirectory directory, LanguageAnalyzers analyzers, string contentHash, LoadPhases? phases = null)
    {
        var commit = OpenCommit(directory, contentHash);
        phases?.Add(commit.Phases);
        return Open(corpus, slots, commit, analyzers, phases);
    }

    /// <summary>The index of <paramref name="commit"/> (<see cref="OpenCommit"/>) for the corpus model it was built with; throws <see cref="UnmatchedIndexException"/> (and closes the commit) when their slots differ.</summary>
    public static ClauseIndex Open(ResolutionCorpus corpus, IndexSlots slots, Commit commit, LanguageAnalyzers analyzers, LoadPhases? phases = null) =>
        new(analyzers, corpus, slots, commit, phases);

    /// <summary>The best <paramref name="take"/> paragraphs; stops with <see cref="OperationCanceledException"/> when the ambient <see cref="SearchCancellation"/> fires.</summary>
    public IReadOnlyList<ClauseHit> Search(ClauseQuery query, int take) => Search(query, take, SearchCancellation.Current);

    public IReadOnlyList<ClauseHit> Search(ClauseQuery query, int take, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SearchRecorder.Add(query, take);
        var top = new TopClauseCollector(Math.Max(1, take), _paragraphOfDoc);
        _searcher.Search(ToLuceneQuery(query), cancellationToken.CanBeCanceled ? new CancellableCollector(top, cancellationToken) : top);
        return Hits(top);
    }

    /// <summary>
    /// The best <paramref name="take"/> paragraphs, how many match in all, in how many resolutions, the
    /// <paramref name="mostIn"/> resolutions holding most of them and the count per body, in one pass over the
    /// matches; stops with <see cref="OperationCanceledException"/> when the ambient <see cref="SearchCancellation"/> fires.
    /// Beyond the query's own pass and clearing one pooled counter per resolution of the corpus, the work is bounded
    /// by the resolutions that match: nothing is sorted or newly allocated per resolution of the corpus.
    /// </summary>
    public ClauseSearch SearchCounted(ClauseQuery query, int take, int mostIn)
    {
        var cancellationToken = SearchCancellation.Current;
        cancellationToken.ThrowIfCancellationRequested();
        SearchRecorder.Add(query, take);
        var top = new TopClauseCollector(Math.Max(1, take), _paragraphOfDoc);
        // Pooled: a corpus-wide question at a million paragraphs would otherwise allocate two large-object-heap arrays
        // per answer, and the collections of that heap are the long pauses at p99.
        var counts = System.Buffers.ArrayPool<int>.Shared.Rent(_resolutions.Count);
        var touched = System.Buffers.ArrayPool<int>.Shared.Rent(_resolutions.Count);
        try
        {
            Array.Clear(counts, 0, _resolutions.Count);
            var counting = new CountingCollector(top, _paragraphOfDoc, _resolutionOfParagraph, counts, touched);
            _searcher.Search(ToLuceneQuery(query), cancellationToken.CanBeCanceled ? new CancellableCollector(counting, cancellationToken) : counting);
            var matched = touched.AsSpan(0, counting.Touched);
            return new ClauseSearch(Hits(top), counting.Total, matched.Length, MostFirst(counts, matched, mostIn), ByBody(counts, matched));
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(counts);
            System.Buffers.ArrayPool<int>.Shared.Return(touched);
        }
    }

    /// <summary>
    /// A resolution's place among those with matches, as one number: the count's complement, then the key's rank.
    /// Smaller is first: most matches first, ties by key, without comparing strings.
    /// </summary>
    private long Rank(int[] counts, int resolution) => ((long)(int.MaxValue - counts[resolution]) << 32) | (uint)_ranks.Value.KeyRank[resolution];

    /// <summary>The first <paramref name="take"/> of the <paramref name="matched"/> resolutions by <see cref="Rank"/>: a partial selection, not a sort of them all.</summary>
    private List<(string Resolution, int Clauses)> MostFirst(int[] counts, ReadOnlySpan<int> matched, int take)
    {
        var best = new List<long>(take + 1);
        foreach (var r in take > 0 ? matched : [])
        {
            var rank = Rank(counts, r);
            if (best.Count == take && rank >= best[^1])
                continue;
            var at = best.BinarySearch(rank);
            best.Insert(at < 0 ? ~at : at, rank);
            if (best.Count > take)
                best.RemoveAt(take);
        }
        var result = new List<(string Resolution, int Clauses)>(best.Count);
        foreach (var rank in best)
        {
            var r = _ranks.Value.ByKey[(int)(rank & uint.MaxValue)];
            result.Add((_resolutions[r].Key, counts[r]));
        }
        return result;
    }

    /// <summary>Matches per body, most first; of equal counts, the body whose first resolution by <see cref="Rank"/> comes first.</summary>
    private List<(string Body, int Clauses)> ByBody(int[] counts, ReadOnlySpan<int> matched)
    {
        var ranks = _ranks.Value;
        var clauses = new int[ranks.Bodies.Length];
        var first = new long[ranks.Bodies.Length];
        Array.Fill(first, long.MaxValue);
        foreach (var r in matched)
        {
            var body = ranks.BodyOfResolution[r];
            clauses[body] += counts[r];
            first[body] = Math.Min(first[body], Rank(counts, r));
        }
        return Enumerable.Range(0, ranks.Bodies.Length).Where(b => clauses[b] > 0)
            .OrderByDescending(b => clauses[b]).ThenBy(b => first[b])
            .Select(b => (ranks.Bodies[b], clauses[b])).ToList();
    }

    private List<ClauseHit> Hits(TopClauseCollector top)
    {
        var hits = top.Best();
        var results = new List<ClauseHit>(hits.Count);
        foreach (var (doc, score) in hits)
        {
            var position = _paragraphOfDoc[doc];
            var r = _resolutionOfParagraph[position];
            results.Add(new ClauseHit(_resolutions[r], position - _firstParagraph[r], score));
        }
        return results;
    }

    /// <summary>Whether any paragraph, in any of its language versions, holds <paramref name="word"/> as that language analyses it.</summary>
    public bool Mentions(string word) =>
        LanguageCodes.All.Any(language => _analyzers.Tokens(word, language) is { Count: > 0 } tokens
                                          && tokens.All(token => _reader.DocFreq(new Term(TextField(language), token)) > 0));

    /// <summary>
    /// The Lucene query <see cref="Search(ClauseQuery, int)"/> sends for <paramref name="query"/>, run alone: no hits
    /// mapped to paragraphs, no answer built. The benchmark's baseline; returns how many paragraphs match.
    /// </summary>
    public int ExactSearch(ClauseQuery query, int take) => _searcher.Search(ToLuceneQuery(query), Math.Max(1, take)).TotalHits;

    /// <summary>Every analysed word of <paramref name="text"/> on one language field, nothing else: the benchmark's naive query, for context.</summary>
    public int AllWordsSearch(string text, Language language, int take)
    {
        var query = new BooleanQuery();
        foreach (var token in _analyzers.Tokens(text, language).Distinct())
            query.Add(new TermQuery(new Term(TextField(language), token)), Occur.SHOULD);
        return _searcher.Search(query, take).ScoreDocs.Length;
    }

    private Query ToLuceneQuery(ClauseQuery query)
    {
        var relevance = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            foreach (var token in _analyzers.Tokens(query.Text, query.Language).Distinct())
                relevance.Add(new TermQuery(new Term(TextField(query.Language), token)), Occur.SHOULD);
        }
        foreach (var token in query.Tokens.Distinct())
            relevance.Add(new TermQuery(new Term(TextField(query.Language), token)), Occur.SHOULD);
        foreach (var token in query.Synonyms.Except(query.Tokens).Distinct())
            relevance.Add(new TermQuery(new Term(TextField(query.Language), token)) { Boost = SynonymBoost }, Occur.SHOULD);
        foreach (var other in query.OtherLanguageTokens)
        {
            foreach (var token in other.Tokens.Distinct())
                relevance.Add(new TermQuery(new Term(TextField(other.Language), token)), Occur.SHOULD);
        }
        foreach (var termId in query.TermIds.Distinct())
            relevance.Add(new TermQuery(new Term(TermsField, termId)) { Boost = TermBoost }, Occur.SHOULD);
        foreach (var session in query.Sessions.Distinct())
            relevance.Add(new TermQuery(new Term(SessionsField, session.ToString(CultureInfo.InvariantCulture))) { Boost = TermBoost }, Occur.SHOULD);

        var filters = new List<Query>();
        if (query.ResolutionKey is not null)
            filters.Add(new TermQuery(new Term(ResolutionField, query.ResolutionKey)));
        if (query.Kind is { } kind)
            filters.Add(new TermQuery(new Term(KindField, kind.Name())));
        if (query.Body is not null)
            filters.Add(new TermQuery(new Term(BodyField, query.Body)));
        foreach (var termId in query.RequiredTermIds.Distinct())
            filters.Add(new TermQuery(new Term(TermsField, termId)));
        var addressed = AnyOf(AddresseeField, Flags(query.Addressee).Select(f => f.ToString()));
        var acting = AnyOf(ActionField, query.Actions.Distinct().Select(a => a.ToString()));
        if (query.AddresseeOrAction && addressed is not null && acting is not null)
            filters.Add(new BooleanQuery { { addressed, Occur.SHOULD }, { acting, Occur.SHOULD } });
        else
            filters.AddRange(new[] { addressed, acting }.OfType<Query>());

        if (filters.Count == 0)
            return relevance;

        var combined = new BooleanQuery();
        combined.Add(relevance.Clauses.Count > 0 ? relevance : new MatchAllDocsQuery(), Occur.MUST);
        foreach (var filter in filters)
            combined.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        return combined;
    }

    internal static IEnumerable<Addressee> Flags(Addressee addressee) =>
        Enum.GetValues<Addressee>().Where(f => f != Addressee.None && addressee.HasFlag(f));

    /// <summary>Clauses holding any of <paramref name="values"/> in <paramref name="field"/>; null for no values (no filter).</summary>
    private static BooleanQuery? AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values)
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        return any.Clauses.Count > 0 ? any : null;
    }

    private static Analyzer FieldAnalyzer(LanguageAnalyzers analyzers) =>
        new PerFieldAnalyzerWrapper(analyzers.For(Language.En), new Dictionary<string, Analyzer>
        {
            [TextField(Language.Ar)] = analyzers.For(Language.Ar),
            [TextField(Language.En)] = analyzers.For(Language.En),
            [TextField(Language.Fr)] = analyzers.For(Language.Fr),
        });

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
