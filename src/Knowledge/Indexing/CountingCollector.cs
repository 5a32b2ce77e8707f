using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Passes every match on to <paramref name="inner"/> and counts it under its resolution (by the paragraph positions
/// the index carries, read into <paramref name="paragraphOfDoc"/> at open), in the same pass Lucene makes to find the
/// best ones: counting costs no second query.
/// </summary>
internal sealed class CountingCollector(ICollector inner, int[] paragraphOfDoc, int[] resolutionOfParagraph, int[] counts) : ICollector
{
    private int _docBase;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        Total++;
        counts[resolutionOfParagraph[paragraphOfDoc[_docBase + doc]]]++;
        inner.Collect(doc);
    }
}
