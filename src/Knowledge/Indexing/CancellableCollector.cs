using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Passes every match on to <paramref name="inner"/>, checking the token at each segment and every 4,096 matches:
/// a query that matches most of a large index stops within microseconds of its deadline instead of scoring on.
/// </summary>
internal sealed class CancellableCollector(ICollector inner, CancellationToken token) : ICollector
{
    private const int CheckEvery = 4096;

    private int _sinceCheck;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        token.ThrowIfCancellationRequested();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++_sinceCheck == CheckEvery)
        {
            _sinceCheck = 0;
            token.ThrowIfCancellationRequested();
        }
        inner.Collect(doc);
    }
}
