namespace ResBot.Knowledge.Corpus;

/// <summary>
/// Where a string lies in a manifest's bytes, as <see cref="BinaryWriter"/> wrote it (a 7-bit encoded byte length,
/// then the UTF-8), for the records read again after the open (<see cref="ManifestTexts"/>, <see cref="ManifestCitations"/>).
/// </summary>
internal static class ManifestStrings
{
    /// <summary>The string at <paramref name="position"/>: where its UTF-8 begins and how many bytes it takes, within <paramref name="end"/>.</summary>
    public static (int Offset, int Length) At(byte[] bytes, int position, int end)
    {
        // As BinaryReader.Read7BitEncodedInt: seven bits a byte, low first; no title or citation comes near 2^28 bytes.
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (position >= end || shift > 21)
                throw new InvalidDataException("a string's length out of range");
            var b = bytes[position++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
                break;
        }
        if (length > end - position)
            throw new InvalidDataException($"a string of {length} bytes out of range");
        return (position, length);
    }
}
