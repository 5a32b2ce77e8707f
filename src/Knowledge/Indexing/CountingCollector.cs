using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Passes every match on to <paramref name="inner"/> and counts it under its resolution (by the paragraph positions
/// the index carries), in the same pass Lucene makes to find the best ones: counting costs no second query.
/// </summary>
internal sealed class CountingCollector(ICollector inner, string ordinalField, int[] resolutionOfParagraph, int[] counts) : ICollector
{
    private NumericDocValues? _ordinals;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _ordinals = context.AtomicReader.GetNumericDocValues(ordinalField);
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        Total++;
        if (_ordinals?.Get(doc) is { } ordinal && ordinal >= 0 && ordinal < resolutionOfParagraph.Length)
            counts[resolutionOfParagraph[ordinal]]++;
        inner.Collect(doc);
    }
}
