using System.Buffers;
using System.Text;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// One string per distinct value read from a persisted model (keys, glossary ids, cited resolutions), so a million
/// paragraphs share a few thousand strings. Safe to share between threads: a model's citations are decoded on first
/// use, by whichever request asks first (<see cref="ManifestCitations"/>).
/// </summary>
internal sealed class StringPool
{
    /// <summary>Values up to this many characters are decoded on the stack: nearly all of them.</summary>
    private const int StackChars = 256;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The string <paramref name="utf8"/> spells, the same instance for every occurrence of the same value.</summary>
    public string Of(ReadOnlySpan<byte> utf8)
    {
        char[]? rented = null;
        var chars = utf8.Length <= StackChars ? stackalloc char[utf8.Length] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            var value = chars[..Encoding.UTF8.GetChars(utf8, chars)];
            lock (_strings)
            {
                if (_strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var pooled))
                    return pooled;
                var made = new string(value);
                _strings.Add(made, made);
                return made;
            }
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }
}
