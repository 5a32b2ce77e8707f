using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// A paragraph's texts as <see cref="Paragraph.Texts"/> sees them, read from the <see cref="SnapshotFile"/> each
/// time one is asked for. The versions lie one after another from <c>start</c>, in the order the aligner put them
/// (which is the order <c>Keys.First()</c> falls back in); up to three languages, so the order and lengths are fields,
/// not arrays: about 64 bytes a paragraph whatever its length. Each version's checksum is checked when it is read, so
/// damaged bytes in a text file are refused, never quoted.
/// </summary>
internal sealed class StoredTexts : LanguageTexts
{
    private readonly SnapshotFile _file;
    private readonly long _start;
    private readonly int _length0, _length1, _length2;
    private readonly uint _checksum0, _checksum1, _checksum2;

    /// <summary>The languages in order, two bits each.</summary>
    private readonly byte _order;

    private readonly byte _count;

    public StoredTexts(SnapshotFile file, long start, ReadOnlySpan<(Language Language, int Length, uint Checksum)> versions)
    {
        if (versions.Length > 3)
            throw new InvalidDataException("a paragraph has at most three language versions");
        (_file, _start, _count) = (file, start, (byte)versions.Length);
        for (var i = 0; i < versions.Length; i++)
            _order |= (byte)((int)versions[i].Language << (2 * i));
        _length0 = versions.Length > 0 ? versions[0].Length : 0;
        _length1 = versions.Length > 1 ? versions[1].Length : 0;
        _length2 = versions.Length > 2 ? versions[2].Length : 0;
        _checksum0 = versions.Length > 0 ? versions[0].Checksum : 0;
        _checksum1 = versions.Length > 1 ? versions[1].Checksum : 0;
        _checksum2 = versions.Length > 2 ? versions[2].Checksum : 0;
    }

    public override int Count => _count;

    /// <summary>The file the texts are in, where they start and each version's language, byte length and checksum (CRC-32): what the model writes for them.</summary>
    internal SnapshotFile File => _file;

    internal long Start => _start;

    internal IEnumerable<(Language Language, int Length, uint Checksum)> Versions => Enumerable.Range(0, _count).Select(i => (LanguageAt(i), LengthAt(i), ChecksumAt(i)));

    protected override Language LanguageAt(int i) => (Language)((_order >> (2 * i)) & 3);

    private int LengthAt(int i) => i switch { 0 => _length0, 1 => _length1, _ => _length2 };

    private uint ChecksumAt(int i) => i switch { 0 => _checksum0, 1 => _checksum1, _ => _checksum2 };

    protected override string TextAt(int i)
    {
        var offset = _start;
        for (var j = 0; j < i; j++)
            offset += LengthAt(j);
        return _file.Read(offset, LengthAt(i), ChecksumAt(i));
    }
}
