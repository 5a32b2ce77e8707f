using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Where each resolution's paragraphs are numbered in the index (the <c>ord</c> doc value): paragraph i of
/// resolution r is slot <c>First[r] + i</c>. A full build numbers them in corpus order; an incremental update keeps
/// every unchanged resolution's numbers and gives new ones numbers past the end, so documents already in the index
/// need not be rewritten when a resolution is inserted before them in the corpus order. Removed resolutions leave gaps.
/// </summary>
/// <param name="First">For each resolution of the corpus, in its order, the slot of its first paragraph.</param>
/// <param name="End">One past the highest slot in use.</param>
public sealed record IndexSlots(IReadOnlyList<int> First, int End)
{
    /// <summary>Slots in corpus order, without gaps: what a full build writes.</summary>
    public static IndexSlots Sequential(ResolutionCorpus corpus)
    {
        var first = new int[corpus.Resolutions.Count];
        var next = 0;
        for (var i = 0; i < first.Length; i++)
        {
            first[i] = next;
            next += corpus.Resolutions[i].Paragraphs.Count;
        }
        return new IndexSlots(first, next);
    }

    /// <summary>
    /// The slots of <paramref name="corpus"/>, made from <paramref name="previousSlots"/> (those of
    /// <paramref name="previousCorpus"/>) by replacing some documents: a resolution it shares with
    /// <paramref name="previousCorpus"/> (the same object) keeps its slots, a new one gets slots past the end.
    /// </summary>
    public static IndexSlots After(ResolutionCorpus previousCorpus, IndexSlots previousSlots, ResolutionCorpus corpus)
    {
        var kept = new Dictionary<Resolution, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < previousCorpus.Resolutions.Count; i++)
            kept[previousCorpus.Resolutions[i]] = previousSlots.First[i];
        var first = new int[corpus.Resolutions.Count];
        var next = previousSlots.End;
        for (var i = 0; i < first.Length; i++)
        {
            var resolution = corpus.Resolutions[i];
            if (kept.TryGetValue(resolution, out var slot))
                first[i] = slot;
            else
            {
                first[i] = next;
                next += resolution.Paragraphs.Count;
            }
        }
        return new IndexSlots(first, next);
    }
}
