using System.Buffers.Binary;
using System.Collections;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// A resolution's citations as (paragraph position, what is cited), left in the bytes of the manifest they were read
/// from and decoded the first time they are used: only questions about citations and incremental updates use them, and
/// at a million paragraphs their 700,000-odd strings were most of an open's work (each looked up in the string pool).
/// The manifest's checksum was checked before, and every paragraph position was checked then (<see cref="Check"/>).
/// </summary>
internal sealed class ManifestCitations : IReadOnlyList<(int Paragraph, string Cite)>
{
    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly StringPool _pool;

    /// <summary>Decoded on first use; two threads may decode at once, into equal lists.</summary>
    private (int Paragraph, string Cite)[]? _decoded;

    /// <param name="start">Where the first citation begins, as <see cref="Check"/> read it.</param>
    /// <param name="count">How many there are.</param>
    /// <param name="pool">The strings of the model they were read with, shared by every resolution's citations.</param>
    public ManifestCitations(byte[] bytes, int start, int count, StringPool pool) => (_bytes, _start, Count, _pool) = (bytes, start, count, pool);

    public int Count { get; }

    public (int Paragraph, string Cite) this[int index] => Decoded()[index];

    /// <summary>
    /// Checks the <paramref name="count"/> citations at <paramref name="start"/> (each a little-endian paragraph
    /// position, then a 7-bit encoded byte length and the UTF-8 of what is cited) within <paramref name="end"/>, each
    /// paragraph among <paramref name="paragraphs"/>, and returns the bytes they take.
    /// </summary>
    public static int Check(byte[] bytes, int start, int end, int count, int paragraphs, string resolution)
    {
        var position = start;
        for (var i = 0; i < count; i++)
        {
            var (paragraph, offset, length) = CitationAt(bytes, position, end);
            if (paragraph < 0 || paragraph >= paragraphs)
                throw new InvalidDataException($"a citation of {resolution} in paragraph {paragraph} of {paragraphs}");
            position = offset + length;
        }
        return position - start;
    }

    public IEnumerator<(int Paragraph, string Cite)> GetEnumerator() => ((IEnumerable<(int, string)>)Decoded()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private (int Paragraph, string Cite)[] Decoded()
    {
        if (_decoded is { } decoded)
            return decoded;
        decoded = new (int, string)[Count];
        var position = _start;
        for (var i = 0; i < decoded.Length; i++)
        {
            var (paragraph, offset, length) = CitationAt(_bytes, position, _bytes.Length);
            decoded[i] = (paragraph, _pool.Of(_bytes.AsSpan(offset, length)));
            position = offset + length;
        }
        return _decoded = decoded;
    }

    /// <summary>The citation at <paramref name="position"/>: its paragraph position and where the UTF-8 of what it cites lies.</summary>
    private static (int Paragraph, int Offset, int Length) CitationAt(byte[] bytes, int position, int end)
    {
        if (end - position < sizeof(int))
            throw new InvalidDataException("a citation past the end of the manifest");
        var paragraph = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position));
        var (offset, length) = ManifestStrings.At(bytes, position + sizeof(int), end);
        return (paragraph, offset, length);
    }
}
