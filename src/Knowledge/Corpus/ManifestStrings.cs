namespace ResBot.Knowledge.Corpus;

/// <summary>
/// Where a string lies in a manifest's bytes, as <see cref="BinaryWriter"/> wrote it (a 7-bit encoded byte length,
/// then the UTF-8): for the manifest's reader, and for the records read again after the open (<see cref="ManifestTexts"/>, <see cref="ManifestCitations"/>).
/// </summary>
internal static class ManifestStrings
{
    /// <summary>The string at <paramref name="position"/>: where its UTF-8 begins and how many bytes it takes, within <paramref name="end"/>.</summary>
    public static (int Offset, int Length) At(byte[] bytes, int position, int end)
    {
        var length = SevenBitInt32(bytes.AsSpan(0, end), ref position);
        if (length < 0 || length > end - position)
            throw new InvalidDataException($"a string of {length} bytes out of range");
        return (position, length);
    }

    /// <summary>
    /// As <see cref="BinaryReader.Read7BitEncodedInt"/>: seven bits a byte, low first, at most five bytes, from
    /// <paramref name="position"/>, which it moves past them. Past the end of <paramref name="bytes"/> it throws
    /// <see cref="EndOfStreamException"/>, as a stream would.
    /// </summary>
    public static int SevenBitInt32(ReadOnlySpan<byte> bytes, ref int position)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= bytes.Length)
                throw new EndOfStreamException($"a byte wanted at {position} of {bytes.Length}");
            var b = bytes[position++];
            if (shift == 28 && b > 0b1111)
                throw new FormatException("a 7-bit encoded number too large for 32 bits");
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
                return (int)value;
        }
        throw new FormatException("a 7-bit encoded number too large for 32 bits");
    }
}
