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
/// clauses in another), and keyword fields for filters. Scored with BM25.
/// </summary>
public sealed class ClauseIndex : IDisposable
{
    private const string IdField = "id";
    private const string ResolutionField = "res";
    private const string KindField = "kind";
    private const string AddresseeField = "addr";
    private const string TermsField = "terms";

    /// <summary>Glossary ids weigh more than single words: they are what the user is asking about.</summary>
    private const float TermBoost = 2.5f;

    /// <summary>A word that only means the same as the question's weighs less than the question's own word.</summary>
    private const float SynonymBoost = 0.6f;

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly LanguageAnalyzers _analyzers;
    private readonly Dictionary<string, (Resolution Resolution, Paragraph Paragraph)> _paragraphs;

    private ClauseIndex(LuceneDirectory directory, LanguageAnalyzers analyzers, ResolutionCorpus corpus)
    {
        _directory = directory;
        _analyzers = analyzers;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _paragraphs = corpus.Resolutions
            .SelectMany(r => r.Paragraphs.Select(p => (Id: Id(r, p), r, p)))
            .ToDictionary(x => x.Id, x => (x.r, x.p), StringComparer.Ordinal);
    }

    public int Count => _reader.NumDocs;

    public static string Id(Resolution resolution, Paragraph paragraph) => $"{resolution.DocumentSymbol}|{resolution.Key}|{paragraph.Key}";

    public static string TextField(Language language) => "text_" + language.Code();

    /// <summary>Writes the corpus into <paramref name="directory"/> and opens it for search.</summary>
    public static ClauseIndex Build(ResolutionCorpus corpus, LuceneDirectory directory, LanguageAnalyzers analyzers)
    {
        var config = new IndexWriterConfig(LanguageAnalyzers.Version, FieldAnalyzer(analyzers))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var resolution in corpus.Resolutions)
            {
                foreach (var paragraph in resolution.Paragraphs)
                    writer.AddDocument(ToDocument(resolution, paragraph));
            }
            writer.Commit();
        }
        return new ClauseIndex(directory, analyzers, corpus);
    }

    /// <summary>Opens an index built earlier from the same corpus (same content hash).</summary>
    public static ClauseIndex Open(ResolutionCorpus corpus, LuceneDirectory directory, LanguageAnalyzers analyzers) =>
        new(directory, analyzers, corpus);

    /// <summary>The best <paramref name="take"/> paragraphs; stops with <see cref="OperationCanceledException"/> when the ambient <see cref="SearchCancellation"/> fires.</summary>
    public IReadOnlyList<ClauseHit> Search(ClauseQuery query, int take) => Search(query, take, SearchCancellation.Current);

    public IReadOnlyList<ClauseHit> Search(ClauseQuery query, int take, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SearchRecorder.Add(query, take);
        var top = TopScoreDocCollector.Create(Math.Max(1, take), docsScoredInOrder: false);
        _searcher.Search(ToLuceneQuery(query), cancellationToken.CanBeCanceled ? new CancellableCollector(top, cancellationToken) : top);
        var hits = top.GetTopDocs().ScoreDocs;
        var results = new List<ClauseHit>(hits.Length);
        foreach (var hit in hits)
        {
            var id = _searcher.Doc(hit.Doc).Get(IdField);
            if (_paragraphs.TryGetValue(id, out var found))
                results.Add(new ClauseHit(found.Resolution, found.Paragraph, hit.Score));
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
        foreach (var flag in Enum.GetValues<Addressee>().Where(f => f != Addressee.None && query.Addressee.HasFlag(f)))
            filters.Add(new TermQuery(new Term(AddresseeField, flag.ToString())));

        if (filters.Count == 0)
            return relevance;

        var combined = new BooleanQuery();
        combined.Add(relevance.Clauses.Count > 0 ? relevance : new MatchAllDocsQuery(), Occur.MUST);
        foreach (var filter in filters)
            combined.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        return combined;
    }

    private static Document ToDocument(Resolution resolution, Paragraph paragraph)
    {
        var document = new Document
        {
            new StringField(IdField, Id(resolution, paragraph), Field.Store.YES),
            new StringField(ResolutionField, resolution.Key, Field.Store.NO),
            new StringField(KindField, paragraph.Kind.Name(), Field.Store.NO),
        };
        foreach (var flag in Enum.GetValues<Addressee>().Where(f => f != Addressee.None && paragraph.Addressees.HasFlag(f)))
            document.Add(new StringField(AddresseeField, flag.ToString(), Field.Store.NO));
        foreach (var termId in paragraph.Terms)
            document.Add(new StringField(TermsField, termId, Field.Store.NO));
        foreach (var language in paragraph.Texts.Keys)
            document.Add(new TextField(TextField(language), paragraph.SearchableText(language), Field.Store.NO));
        return document;
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
