using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// The best <paramref name="take"/> matches by score, equal scores in corpus order (<paramref name="positionOfDoc"/>):
/// Lucene's own collector breaks ties by document number, which depends on how the index was written (a document
/// added later sorts last however recent it is), so an index updated in place would answer differently from one built
/// afresh from the same files. This one does not depend on it.
/// </summary>
internal sealed class TopClauseCollector(int take, int[] positionOfDoc) : ICollector
{
    private readonly PriorityQueue<int, (float Score, int Position)> _worstFirst = new(take + 1, WorstFirst.Instance);
    private Scorer? _scorer;
    private int _docBase;

    /// <summary>The worst of those kept, once <c>take</c> are: what a match must beat to be kept.</summary>
    private (float Score, int Position) _worst;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        var score = _scorer!.GetScore();
        // Once the queue is full, most matches of a large query score below the worst kept: they are turned away
        // here, before their position is looked up or the queue is touched (as Lucene's own collector does).
        if (_worstFirst.Count == take && score < _worst.Score)
            return;
        var global = _docBase + doc;
        var entry = (score, positionOfDoc[global]);
        if (_worstFirst.Count < take)
            _worstFirst.Enqueue(global, entry);
        else if (WorstFirst.Instance.Compare(entry, _worst) > 0)
            _worstFirst.DequeueEnqueue(global, entry);
        else
            return;
        if (_worstFirst.Count == take)
            _worstFirst.TryPeek(out _, out _worst);
    }

    /// <summary>The collected documents and their scores, best first.</summary>
    public IReadOnlyList<(int Doc, float Score)> Best()
    {
        var best = new (int Doc, float Score)[_worstFirst.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            _worstFirst.TryDequeue(out var doc, out var entry);
            best[i] = (doc, entry.Score);
        }
        return best;
    }

    /// <summary>Lower score first; of equal scores, the later in the corpus first (it is the one to drop).</summary>
    private sealed class WorstFirst : IComparer<(float Score, int Position)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Position) x, (float Score, int Position) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Position.CompareTo(x.Position);
    }
}
