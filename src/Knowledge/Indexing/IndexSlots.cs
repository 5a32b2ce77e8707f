using ResBot.Knowledge.Corpus;
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
/// <param name="Layout">
/// A hash of which paragraph each slot holds (<see cref="LayoutOf"/>): written into the index commit and into the
/// persisted model with the slots, so an index and a model are only ever opened together when they number the
/// paragraphs alike. Opening a model recomputes it from the manifest (one entry per resolution, no paragraph read).
/// </param>
public sealed record IndexSlots(IReadOnlyList<int> First, int End, string Layout)
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
        return new IndexSlots(first, next, LayoutOf(corpus, first));
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
        return new IndexSlots(first, next, LayoutOf(corpus, first));
    }

    /// <summary>
    /// A hash of which paragraph each slot holds: for each resolution in slot order, its first slot, document, key,
    /// number of paragraphs and the digest of their keys. Two layouts that would map any hit to different paragraphs
    /// differ. It reads no paragraph of a persisted model (their count and keys' digest come with the manifest).
    /// </summary>
    public static string LayoutOf(ResolutionCorpus corpus, IReadOnlyList<int> first)
    {
        if (first.Count != corpus.Resolutions.Count)
            throw new InvalidDataException($"{first.Count} resolutions have slots, the corpus has {corpus.Resolutions.Count}");
        // By first slot, ties (resolutions without paragraphs) in corpus order: sorted as one number each, the slot
        // then the position, which is much cheaper than a comparison delegate at 70,000 resolutions per open.
        var bySlot = new long[first.Count];
        for (var r = 0; r < bySlot.Length; r++)
            bySlot[r] = ((long)first[r] << 32) | (uint)r;
        Array.Sort(bySlot);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        // Each entry is formatted into one reused buffer and its UTF-8 gathered in another, hashed when full: this runs
        // at every open, once per resolution, and a call into the hash per entry cost as much as the formatting. The
        // bytes hashed are the same either way.
        var chars = new char[256];
        var bytes = new byte[1 << 16];
        var used = 0;
        foreach (var slotAndPosition in bySlot)
        {
            var r = (int)(slotAndPosition & uint.MaxValue);
            var resolution = corpus.Resolutions[r];
            int written;
            while (!chars.AsSpan().TryWrite($"{first[r]}\t{resolution.DocumentSymbol}|{resolution.Key}\t{resolution.Paragraphs.Count}\t{StoredParagraphs.KeysDigestOf(resolution.Paragraphs):x16}\n", out written))
                chars = new char[chars.Length * 2];
            if (System.Text.Encoding.UTF8.GetMaxByteCount(written) > bytes.Length - used)
            {
                hash.AppendData(bytes, 0, used);
                used = 0;
                if (System.Text.Encoding.UTF8.GetMaxByteCount(written) > bytes.Length)
                    bytes = new byte[System.Text.Encoding.UTF8.GetMaxByteCount(written)];
            }
            used += System.Text.Encoding.UTF8.GetBytes(chars, 0, written, bytes, used);
        }
        hash.AppendData(bytes, 0, used);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
