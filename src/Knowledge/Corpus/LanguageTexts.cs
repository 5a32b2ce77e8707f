using System.Collections;
using System.Diagnostics.CodeAnalysis;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// Texts by language, at most one per language, in the order they were written (which <c>Keys.First()</c> falls
/// back in), stored however a subclass keeps them: the dictionary a paragraph's or a resolution's texts are seen
/// through, looked up by a loop over at most three languages rather than a hash.
/// </summary>
internal abstract class LanguageTexts : IReadOnlyDictionary<Language, string>
{
    public abstract int Count { get; }

    /// <summary>The language of the <paramref name="i"/>th text.</summary>
    protected abstract Language LanguageAt(int i);

    /// <summary>The <paramref name="i"/>th text, made or read when asked for.</summary>
    protected abstract string TextAt(int i);

    public IEnumerable<Language> Keys => Enumerable.Range(0, Count).Select(LanguageAt);

    public IEnumerable<string> Values => Enumerable.Range(0, Count).Select(TextAt);

    public string this[Language key] => IndexOf(key) is var i and >= 0 ? TextAt(i) : throw new KeyNotFoundException($"no {key} text");

    public bool ContainsKey(Language key) => IndexOf(key) >= 0;

    public bool TryGetValue(Language key, [MaybeNullWhen(false)] out string value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? TextAt(i) : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<Language, string>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return new(LanguageAt(i), TextAt(i));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(Language language)
    {
        for (var i = 0; i < Count; i++)
        {
            if (LanguageAt(i) == language)
                return i;
        }
        return -1;
    }
}
