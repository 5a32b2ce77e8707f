using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Passes every match on to <paramref name="inner"/> (typed as the one collector it is used with, so that this call,
/// made for each of hundreds of thousands of matches, is a direct one) and counts it under its resolution (by the paragraph positions
/// the index carries, read into <paramref name="paragraphOfDoc"/> at open), in the same pass Lucene makes to find the
/// best ones: counting costs no second query. <paramref name="counts"/> must be all zeros; the resolutions counted
/// are listed in <paramref name="touched"/> (its first <see cref="Touched"/> entries), so that what is read and
/// cleared afterwards is what matched, not every resolution of the corpus.
/// </summary>
internal sealed class CountingCollector(TopClauseCollector inner, int[] paragraphOfDoc, int[] resolutionOfParagraph, int[] counts, int[] touched) : ICollector
{
    private int _docBase;

    public int Total { get; private set; }

    /// <summary>How many resolutions have a match: the length of the used part of <c>touched</c>.</summary>
    public int Touched { get; private set; }

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
        var resolution = resolutionOfParagraph[paragraphOfDoc[_docBase + doc]];
        if (counts[resolution]++ == 0)
            touched[Touched++] = resolution;
        inner.Collect(doc);
    }
}
