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
    public const int FormatVersion = 3;

    /// <summary>The paragraph's slot (<see cref="IndexSlots"/>): a hit is mapped back to its paragraph without a lookup by name.</summary>
    internal const string OrdinalField = "ord";

    /// <summary>The symbol of the paragraph's document, upper-cased: what an incremental update deletes a document's paragraphs by.</summary>
    internal const string DocumentField = "doc";

    /// <summary>Commit data: the content hash of the files the index was built from.</summary>
    private const string ContentHashKey = "content-hash";

    /// <summary>
    /// Commit data: <see cref="SlotLayout"/> of the slots the index was written with. The content hash alone does not
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

    /// <summary>Glossary ids weigh more than single words: they are what the user is asking about.</summary>
    private const float TermBoost = 2.5f;

    /// <summary>A word that only means the same as the question's weighs less than the question's own word.</summary>
    private const float SynonymBoost = 0.6f;

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly LanguageAnalyzers _analyzers;
    private readonly (Resolution Resolution, Paragraph Paragraph)[] _paragraphs;
    /// <summary>
    /// Each Lucene document's paragraph position in the corpus (resolutions in order, then their paragraphs), mapped
    /// from its slot once at open: Lucene's doc-values readers keep a file position
    /// and are not safe to share between the threads of concurrent requests, a plain array is.
    /// </summary>
    private readonly int[] _paragraphOfDoc;
    private readonly IReadOnlyList<Resolution> _resolutions;

    /// <summary>For each paragraph position, its resolution's position in <see cref="_resolutions"/>: what <see cref="SearchCounted"/> counts by.</summary>
    private readonly int[] _resolutionOfParagraph;

    /// <summary>For each resolution position, the rank of its key in ordinal order: counts tied in number sort by key without comparing strings.</summary>
    private readonly int[] _keyRank;

    /// <summary>Resolution positions in ordinal key order: the inverse of <see cref="_keyRank"/>.</summary>
    private readonly int[] _byKey;

    private ClauseIndex(LuceneDirectory directory, LanguageAnalyzers analyzers, ResolutionCorpus corpus, IndexSlots slots, string contentHash)
    {
        _directory = directory;
        _analyzers = analyzers;
        _reader = DirectoryReader.Open(directory);
        try
        {
            if (_reader.IndexCommit.UserData.TryGetValue(ContentHashKey, out var built) is false || built != contentHash)
                throw new UnmatchedIndexException($"the index was built from other files ({built ?? "no content hash: an older version"})", olderVersion: built is null);
            if (_reader.IndexCommit.UserData.TryGetValue(SlotLayoutKey, out var layout) is false || layout != SlotLayout(corpus, slots))
                throw new UnmatchedIndexException($"the index numbers its paragraphs otherwise than the corpus model ({(layout is null ? "no slot layout: an older version" : "another slot layout")})", olderVersion: layout is null);
            var ordinals = MultiDocValues.GetNumericValues(_reader, OrdinalField)
                ?? (_reader.MaxDoc == 0 ? DocValues.EMPTY_NUMERIC : throw new UnmatchedIndexException("the index has no paragraph positions: an older version", olderVersion: true));
            _paragraphs = Ordered(corpus).ToArray();
            var positionOfSlot = PositionOfSlot(corpus, slots);
            var liveDocs = MultiFields.GetLiveDocs(_reader);
            _paragraphOfDoc = new int[_reader.MaxDoc];
            for (var doc = 0; doc < _paragraphOfDoc.Length; doc++)
            {
                if (liveDocs is not null && !liveDocs.Get(doc))
                    continue;
                var ordinal = ordinals.Get(doc);
                _paragraphOfDoc[doc] = ordinal >= 0 && ordinal < positionOfSlot.Length && positionOfSlot[ordinal] >= 0
                    ? positionOfSlot[ordinal]
                    : throw new InvalidDataException($"index document {doc} names slot {ordinal}, which no paragraph of the corpus model has");
            }
            _resolutions = corpus.Resolutions;
            _resolutionOfParagraph = corpus.Resolutions.SelectMany((r, i) => Enumerable.Repeat(i, r.Paragraphs.Count)).ToArray();
            _keyRank = new int[_resolutions.Count];
            _byKey = Enumerable.Range(0, _resolutions.Count).ToArray();
            Array.Sort(_byKey, (a, b) => string.CompareOrdinal(_resolutions[a].Key, _resolutions[b].Key));
            for (var rank = 0; rank < _byKey.Length; rank++)
                _keyRank[_byKey[rank]] = rank;
        }
        catch
        {
            _reader.Dispose();
            throw;
        }
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>Every paragraph in corpus order: what a position counts.</summary>
    private static IEnumerable<(Resolution Resolution, Paragraph Paragraph)> Ordered(ResolutionCorpus corpus) =>
        corpus.Resolutions.SelectMany(r => r.Paragraphs.Select(p => (r, p)));

    /// <summary>
    /// A hash of which paragraph (by <see cref="Id"/>) each slot holds, in slot order: what the index's
    /// <see cref="OrdinalField"/> values mean. Two layouts that would map any hit to different paragraphs differ.
    /// </summary>
    private static string SlotLayout(ResolutionCorpus corpus, IndexSlots slots)
    {
        var idOfSlot = new string?[slots.End];
        for (var r = 0; r < corpus.Resolutions.Count; r++)
        {
            var resolution = corpus.Resolutions[r];
            for (var p = 0; p < resolution.Paragraphs.Count; p++)
                idOfSlot[slots.First[r] + p] = Id(resolution, resolution.Paragraphs[p]);
        }
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        for (var slot = 0; slot < idOfSlot.Length; slot++)
        {
            if (idOfSlot[slot] is { } id)
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{slot}\t{id}\n"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The commit data of an index of <paramref name="corpus"/> written with <paramref name="slots"/> from the files of <paramref name="contentHash"/>.</summary>
    private static Dictionary<string, string> CommitData(ResolutionCorpus corpus, IndexSlots slots, string contentHash) =>
        new() { [ContentHashKey] = contentHash, [SlotLayoutKey] = SlotLayout(corpus, slots) };

    /// <summary>For each slot, the position of its paragraph in corpus order; -1 for a gap.</summary>
    private static int[] PositionOfSlot(ResolutionCorpus corpus, IndexSlots slots)
    {
        if (slots.First.Count != corpus.Resolutions.Count)
            throw new InvalidDataException($"{slots.First.Count} resolutions have slots, the corpus has {corpus.Resolutions.Count}");
        var positions = new int[slots.End];
        Array.Fill(positions, -1);
        var position = 0;
        for (var r = 0; r < corpus.Resolutions.Count; r++)
        {
            for (var p = 0; p < corpus.Resolutions[r].Paragraphs.Count; p++)
            {
                var slot = slots.First[r] + p;
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
    /// Writes the corpus into <paramref name="directory"/> with <see cref="IndexSlots.Sequential"/> slots, marked with
    /// <paramref name="contentHash"/>, and opens it for search. Texts that <paramref name="analysed"/> holds (the
    /// annotator's) are indexed from their kept tokens, the others analysed here.
    /// </summary>
    public static ClauseIndex Build(ResolutionCorpus corpus, LuceneDirectory directory, LanguageAnalyzers analyzers, string contentHash, AnalysedTexts? analysed = null)
    {
        var slots = IndexSlots.Sequential(corpus);
        var config = WriterConfig(analyzers, OpenMode.CREATE);
        using (var writer = new IndexWriter(directory, config))
        {
            // One writer fed from every core (it is thread-safe, one segment buffer per thread): which core adds which
            // paragraph changes document numbers only, and no answer depends on them (see TopClauseCollector).
            Parallel.For(0, corpus.Resolutions.Count, () => new ParagraphDocuments(analysed), (r, _, documents) =>
            {
                AddResolution(writer, documents, corpus.Resolutions[r], slots.First[r]);
                return documents;
            }, _ => { });
            writer.SetCommitData(CommitData(corpus, slots, contentHash));
            writer.Commit();
        }
        return new ClauseIndex(directory, analyzers, corpus, slots, contentHash);
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
            writer.SetCommitData(CommitData(corpus, slots, contentHash));
            writer.Commit();
        }
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
        for (var p = 0; p < resolution.Paragraphs.Count; p++)
            writer.AddDocument(documents.For(resolution, resolution.Paragraphs[p], firstSlot + p));
    }

    /// <summary>
    /// Opens an index built earlier from the files of <paramref name="contentHash"/>, for the corpus model made from them;
    /// throws <see cref="UnmatchedIndexException"/> when it was built from other files or by an older version.
    /// </summary>
    public static ClauseIndex Open(ResolutionCorpus corpus, IndexSlots slots, LuceneDirectory directory, LanguageAnalyzers analyzers, string contentHash) =>
        new(directory, analyzers, corpus, slots, contentHash);

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
    /// The best <paramref name="take"/> paragraphs and how many match in all, per resolution, in one pass over the
    /// matches; stops with <see cref="OperationCanceledException"/> when the ambient <see cref="SearchCancellation"/> fires.
    /// </summary>
    public ClauseSearch SearchCounted(ClauseQuery query, int take)
    {
        var cancellationToken = SearchCancellation.Current;
        cancellationToken.ThrowIfCancellationRequested();
        SearchRecorder.Add(query, take);
        var top = new TopClauseCollector(Math.Max(1, take), _paragraphOfDoc);
        var counts = new int[_resolutions.Count];
        var counting = new CountingCollector(top, _paragraphOfDoc, _resolutionOfParagraph, counts);
        _searcher.Search(ToLuceneQuery(query), cancellationToken.CanBeCanceled ? new CancellableCollector(counting, cancellationToken) : counting);
        return new ClauseSearch(Hits(top), counting.Total, MostFirst(counts));
    }

    /// <summary>
    /// The resolutions with matches, most first, ties by key: sorted as one number each (the count's complement,
    /// then the key's rank) rather than by comparing keys, since a corpus-wide question can match in every resolution.
    /// </summary>
    private List<(string Resolution, int Clauses)> MostFirst(int[] counts)
    {
        var order = new List<long>();
        for (var r = 0; r < counts.Length; r++)
        {
            if (counts[r] > 0)
                order.Add(((long)(int.MaxValue - counts[r]) << 32) | (uint)_keyRank[r]);
        }
        order.Sort();
        var result = new List<(string Resolution, int Clauses)>(order.Count);
        foreach (var packed in order)
        {
            var r = _byKey[(int)(packed & uint.MaxValue)];
            result.Add((_resolutions[r].Key, counts[r]));
        }
        return result;
    }

    private List<ClauseHit> Hits(TopClauseCollector top)
    {
        var hits = top.Best();
        var results = new List<ClauseHit>(hits.Count);
        foreach (var (doc, score) in hits)
        {
            var (resolution, paragraph) = _paragraphs[_paragraphOfDoc[doc]];
            results.Add(new ClauseHit(resolution, paragraph, score));
        }
        return results;
    }

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
        foreach (var termId in query.TermIds.Distinct())
            relevance.Add(new TermQuery(new Term(TermsField, termId)) { Boost = TermBoost }, Occur.SHOULD);

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
