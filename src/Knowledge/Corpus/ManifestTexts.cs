using System.Text;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// A resolution's titles by language as <see cref="Resolution.Titles"/> sees them, left as UTF-8 in the bytes of the
/// manifest they were read from and made a string the first time each is asked for. Opening a million paragraphs
/// reads some 200,000 titles, most of which no answer ever shows; a string each was most of the open's garbage. The
/// manifest's checksum was checked before any of them was taken, so the bytes are the ones the model wrote.
/// </summary>
/// <remarks>The languages keep the order they were written in (which <c>Keys.First()</c> falls back in). Each string
/// is made at most once per title (a second thread may make its own copy at the same moment; both are equal).</remarks>
internal sealed class ManifestTexts : LanguageTexts
{
    private readonly byte[] _bytes;
    private readonly Language[] _languages;
    private readonly int[] _offsets;
    private readonly int[] _lengths;
    private readonly string?[] _texts;

    /// <param name="bytes">The manifest, kept while any resolution's titles are.</param>
    /// <param name="versions">Each title's language and where its UTF-8 lies in <paramref name="bytes"/>; no language twice.</param>
    public ManifestTexts(byte[] bytes, ReadOnlySpan<(Language Language, int Offset, int Length)> versions)
    {
        _bytes = bytes;
        _languages = new Language[versions.Length];
        _offsets = new int[versions.Length];
        _lengths = new int[versions.Length];
        _texts = new string?[versions.Length];
        for (var i = 0; i < versions.Length; i++)
        {
            if (_languages.AsSpan(0, i).Contains(versions[i].Language))
                throw new InvalidDataException($"a resolution's title in {versions[i].Language} given twice");
            (_languages[i], _offsets[i], _lengths[i]) = versions[i];
        }
    }

    /// <summary>True when the titles are those of <paramref name="versions"/>, in the same order, byte for byte: a document's resolutions share one dictionary when they do.</summary>
    public bool SameAs(ReadOnlySpan<(Language Language, int Offset, int Length)> versions)
    {
        if (versions.Length != _languages.Length)
            return false;
        for (var i = 0; i < versions.Length; i++)
        {
            if (versions[i].Language != _languages[i] || !_bytes.AsSpan(_offsets[i], _lengths[i]).SequenceEqual(_bytes.AsSpan(versions[i].Offset, versions[i].Length)))
                return false;
        }
        return true;
    }

    public override int Count => _languages.Length;

    protected override Language LanguageAt(int i) => _languages[i];

    protected override string TextAt(int i) => _texts[i] ??= Encoding.UTF8.GetString(_bytes, _offsets[i], _lengths[i]);
}
