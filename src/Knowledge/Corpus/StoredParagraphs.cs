using System.Collections;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// A resolution's paragraphs in a persisted model, as <see cref="Resolution.Paragraphs"/> sees them. Their count,
/// the digest of their keys and their citations come with the model's manifest; the paragraphs themselves are read
/// from the resolution's bytes in its document's part the first time one is asked for. So opening a million
/// paragraphs makes one object per resolution, not per paragraph, and a paragraph costs memory only once used
/// (<see cref="RecentParagraphs"/> bounds how many stay). A part never changes once written, so a second read
/// finds the same paragraphs; it hands out the same objects while any paragraph of the first read is still held.
/// </summary>
internal sealed class StoredParagraphs(ModelPart part, long offset, int length, string resolutionKey, int count, ulong keysDigest,
    IReadOnlyList<(int Paragraph, string Cite)> citations, RecentParagraphs recent) : IReadOnlyList<Paragraph>
{
    private WeakReference<ParagraphsRead>? _read;

    public int Count => count;

    public Paragraph this[int index] => Read()[index];

    public ModelPart Part => part;

    /// <summary>Where the resolution's paragraphs lie in <see cref="Part"/>.</summary>
    public long Offset => offset;

    public int Length => length;

    public ulong KeysDigest => keysDigest;

    /// <summary>Each citation its paragraphs print, as (paragraph position, what is cited), in paragraph order.</summary>
    public IReadOnlyList<(int Paragraph, string Cite)> Citations => citations;

    public IEnumerator<Paragraph> GetEnumerator() => ((IEnumerable<Paragraph>)Read()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Paragraph[] Read()
    {
        if (_read is { } weak && weak.TryGetTarget(out var read))
            return read.Paragraphs;
        // Only a read takes the lock; the object is private to this resolution.
        lock (this)
        {
            if (_read is { } again && again.TryGetTarget(out read))
                return read.Paragraphs;
            read = CorpusModelFile.ReadParagraphs(part, offset, length, resolutionKey, count, keysDigest);
            _read = new WeakReference<ParagraphsRead>(read);
            recent.Keep(read);
            return read.Paragraphs;
        }
    }

    /// <summary>The citations of <paramref name="resolution"/>'s paragraphs as (paragraph position, what is cited), without reading a stored resolution's paragraphs.</summary>
    public static IReadOnlyList<(int Paragraph, string Cite)> CitationsOf(Resolution resolution) =>
        resolution.Paragraphs is StoredParagraphs stored
            ? stored.Citations
            : resolution.Paragraphs.SelectMany((p, i) => p.Cites.Select(c => (i, c))).ToList();

    /// <summary>
    /// A digest of the paragraphs' keys in order (64-bit FNV-1a over the keys and a separator): with the count, what
    /// tells a resolution's paragraphs apart from another reading of the same resolution, without reading them.
    /// </summary>
    public static ulong KeysDigestOf(IReadOnlyList<Paragraph> paragraphs)
    {
        if (paragraphs is StoredParagraphs stored)
            return stored.KeysDigest;
        var digest = 14695981039346656037UL;
        foreach (var paragraph in paragraphs)
        {
            foreach (var c in paragraph.Key)
                digest = (digest ^ c) * 1099511628211UL;
            digest = (digest ^ '\n') * 1099511628211UL;
        }
        return digest;
    }
}
