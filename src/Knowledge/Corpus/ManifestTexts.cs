using System.Text;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// A resolution's titles by language as <see cref="Resolution.Titles"/> sees them, left as UTF-8 in the bytes of the
/// manifest they were read from and made a string the first time each is asked for. Opening a million paragraphs
/// reads some 200,000 titles, most of which no answer ever shows; a string each was most of the open's garbage. The
/// manifest's checksum was checked before any of them was taken, so the bytes are the ones the model wrote.
/// </summary>
/// <remarks>
/// One object per distinct title record, holding only where the record lies: each version's language and length are
/// read again from the record when asked for (at most three), since at a million paragraphs the arrays that held them
/// were four of the five objects each resolution's titles cost at open. The languages keep the order they were written
/// in (which <c>Keys.First()</c> falls back in). Each string is made at most once per title (a second thread may make
/// its own copy at the same moment; both are equal).
/// </remarks>
internal sealed class ManifestTexts : LanguageTexts
{
    /// <summary>No more versions than languages: a record checked by <see cref="Check"/> has at most this many.</summary>
    private const int MaxVersions = 3;

    private readonly byte[] _bytes;

    /// <summary>Where the record's first version (its language byte) lies in <see cref="_bytes"/>, after its count.</summary>
    private readonly int _start;

    /// <summary>The record's bytes after its count: what <see cref="SameAs"/> compares.</summary>
    private readonly int _length;

    private readonly int _count;
    private string?[]? _texts;

    /// <param name="bytes">The manifest, kept while any resolution's titles are.</param>
    /// <param name="start">Where the record's versions begin, as <see cref="Check"/> read them.</param>
    /// <param name="length">The bytes they take.</param>
    /// <param name="count">How many there are.</param>
    public ManifestTexts(byte[] bytes, int start, int length, int count) => (_bytes, _start, _length, _count) = (bytes, start, length, count);

    /// <summary>
    /// Checks the record of <paramref name="count"/> versions at <paramref name="start"/> (each a language byte, a 7-bit
    /// encoded byte length, then the UTF-8) within <paramref name="end"/>, and returns the bytes it takes; throws
    /// <see cref="InvalidDataException"/> when a version is no language, lies past the end or gives a language twice.
    /// </summary>
    public static int Check(byte[] bytes, int start, int end, int count)
    {
        if (count > MaxVersions)
            throw new InvalidDataException($"a resolution's title in {count} languages");
        var position = start;
        var languages = 0;
        for (var i = 0; i < count; i++)
        {
            var (language, offset, length) = VersionAt(bytes, position, end);
            if ((languages & (1 << (int)language)) != 0)
                throw new InvalidDataException($"a resolution's title in {language} given twice");
            languages |= 1 << (int)language;
            position = offset + length;
        }
        return position - start;
    }

    /// <summary>True when the titles are those of the record at <paramref name="start"/>, byte for byte: a document's resolutions share one dictionary when they do.</summary>
    public bool SameAs(int start, int length) =>
        length == _length && _bytes.AsSpan(_start, _length).SequenceEqual(_bytes.AsSpan(start, length));

    public override int Count => _count;

    protected override Language LanguageAt(int i) => Version(i).Language;

    protected override string TextAt(int i)
    {
        var texts = _texts ??= new string?[_count];
        if (texts[i] is { } text)
            return text;
        var (_, offset, length) = Version(i);
        return texts[i] = Encoding.UTF8.GetString(_bytes, offset, length);
    }

    /// <summary>The <paramref name="i"/>th version's language and where its UTF-8 lies, read from the record (checked at open).</summary>
    private (Language Language, int Offset, int Length) Version(int i)
    {
        var position = _start;
        for (var skipped = 0; skipped < i; skipped++)
        {
            var (_, offset, length) = VersionAt(_bytes, position, _start + _length);
            position = offset + length;
        }
        return VersionAt(_bytes, position, _start + _length);
    }

    /// <summary>The version whose language byte is at <paramref name="position"/>: its language and where its UTF-8 lies.</summary>
    private static (Language Language, int Offset, int Length) VersionAt(byte[] bytes, int position, int end)
    {
        if (position >= end || bytes[position] > (byte)Language.Fr)
            throw new InvalidDataException("not a language");
        var language = (Language)bytes[position];
        var (offset, length) = ManifestStrings.At(bytes, position + 1, end);
        return (language, offset, length);
    }
}
