using System.Collections.Concurrent;
using Lucene.Net.Analysis.TokenAttributes;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// The paragraph texts a build has analysed once already (the annotator reads their tokens), kept until the index
/// takes them, so Lucene indexes those same tokens instead of running the analyzer over the text a second time.
/// Texts are found by reference: the index asks for the very string the annotator read, and any other string (a text
/// rebuilt elsewhere) is analysed afresh, as before. Tokens are kept as vocabulary ids, one int each: a build holds
/// every paragraph's tokens between the two phases.
/// Section headings are analysed once per heading (by their text: every paragraph under one shares it). A paragraph
/// under a heading is searched as "heading\ntext" (<see cref="Paragraph.SearchableText"/>); its tokens are the
/// heading's followed by the text's, because a line break always ends a token and every filter of the analyzers
/// works on one token at a time, and the stop words and over-long tokens dropped at the heading's end are carried
/// onto the text's first token, as one stream over both would carry them.
/// Whatever the analyzers emit, this replays it: it knows nothing of the token rules beyond that.
/// </summary>
public sealed class AnalysedTexts(LanguageAnalyzers analyzers)
{
    /// <summary>A token is its vocabulary id in the low bits and its position increment in the high bits.</summary>
    private const int IdBits = 24;
    private const int MaxId = (1 << IdBits) - 1;
    private const int MaxIncrement = (1 << (32 - IdBits - 1)) - 1;

    private readonly Dictionary<Language, Vocabulary> _vocabularies = LanguageCodes.All.ToDictionary(l => l, _ => new Vocabulary());
    private readonly Dictionary<Language, ConcurrentDictionary<string, int[]>> _texts =
        LanguageCodes.All.ToDictionary(l => l, _ => new ConcurrentDictionary<string, int[]>(ReferenceEqualityComparer.Instance));
    private readonly Dictionary<Language, ConcurrentDictionary<string, Analysis>> _headings =
        LanguageCodes.All.ToDictionary(l => l, _ => new ConcurrentDictionary<string, Analysis>(StringComparer.Ordinal));

    /// <summary>Each thread's buffer for the tokens of the text it analyses: a build analyses millions of texts.</summary>
    [ThreadStatic]
    private static List<int>? _encoded;

    /// <summary>The tokens of <paramref name="text"/>, as <see cref="LanguageAnalyzers.Tokens"/> gives them; kept for <see cref="Take"/>.</summary>
    public List<string> Tokens(string text, Language language)
    {
        var analysis = Analyse(text, language);
        if (analysis.Encoded is { } encoded)
            _texts[language][text] = encoded;
        return analysis.Tokens;
    }

    /// <summary>
    /// The tokens of a section heading, as <see cref="LanguageAnalyzers.Tokens"/> gives them, analysed once for all the
    /// paragraphs under it; the list is shared and must not be changed.
    /// </summary>
    public IReadOnlyList<string> HeadingTokens(string heading, Language language) =>
        _headings[language].GetOrAdd(heading, (h, l) => Analyse(h, l), language).Tokens;

    /// <summary>
    /// The tokens kept for this very string, as (token, position increment) pairs for <see cref="PreAnalysedTokenStream"/>,
    /// removed from the store; null when it was not analysed here (then the index analyses it).
    /// </summary>
    public IReadOnlyList<int>? Take(string text, Language language) =>
        _texts[language].TryRemove(text, out var encoded) ? encoded : null;

    /// <summary>
    /// The tokens of "<paramref name="heading"/>\n<paramref name="text"/>": the heading's (<see cref="HeadingTokens"/>),
    /// then those kept for this very text string, which are removed from the store; null when either was not analysed
    /// here (then the index analyses the joined text).
    /// </summary>
    public IReadOnlyList<int>? TakeUnder(string heading, string text, Language language)
    {
        if (!_texts[language].TryRemove(text, out var encoded)
            || !_headings[language].TryGetValue(heading, out var analysed) || analysed.Encoded is not { } first)
            return null;
        var joined = new int[first.Length + encoded.Length];
        first.CopyTo(joined, 0);
        encoded.CopyTo(joined, first.Length);
        if (encoded.Length > 0 && analysed.EndIncrement > 0)
        {
            // What was dropped at the heading's end moves the text's first token on, as in one stream over both.
            var increment = (int)((uint)encoded[0] >> IdBits) + analysed.EndIncrement;
            if (increment > MaxIncrement)
                return null;
            joined[first.Length] = increment << IdBits | (encoded[0] & MaxId);
        }
        return joined;
    }

    /// <summary>The token and position increment of one entry that <see cref="Take"/> returned.</summary>
    internal (string Token, int Increment) Decode(int encoded, Language language) =>
        (_vocabularies[language].Token(encoded & MaxId), (int)((uint)encoded >> IdBits));

    private Analysis Analyse(string text, Language language)
    {
        var vocabulary = _vocabularies[language];
        // A token every six to eight characters of text, so the list rarely grows.
        var tokens = new List<string>(text.Length / 6 + 4);
        var encoded = _encoded ??= new List<int>(256);
        encoded.Clear();
        var representable = true;
        int endIncrement;
        using (var stream = analyzers.For(language).GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var (token, id) = vocabulary.Intern(term.Buffer.AsSpan(0, term.Length));
                tokens.Add(token);
                representable &= id <= MaxId && increment.PositionIncrement is >= 0 and <= MaxIncrement;
                encoded.Add(increment.PositionIncrement << IdBits | (id & MaxId));
            }
            // After the end, the increment is the positions dropped since the last token (stop words, over-long tokens).
            stream.End();
            endIncrement = increment.PositionIncrement;
        }
        return new Analysis(tokens, representable && endIncrement is >= 0 and <= MaxIncrement ? encoded.ToArray() : null, endIncrement);
    }

    /// <summary>One text's tokens; <paramref name="Encoded"/> null when some token cannot be kept as an int.</summary>
    private sealed record Analysis(List<string> Tokens, int[]? Encoded, int EndIncrement);

    /// <summary>Every distinct token once, numbered; safe to use from every core at once.</summary>
    private sealed class Vocabulary
    {
        private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
        private readonly System.Threading.Lock _adding = new();

        /// <summary>Tokens by id; replaced by a larger copy as it fills, written before the id is published.</summary>
        private volatile string[] _tokens = new string[1024];
        private int _count;

        public Vocabulary() => _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

        public (string Token, int Id) Intern(ReadOnlySpan<char> token)
        {
            if (_bySpan.TryGetValue(token, out var known, out var id))
                return (known, id);
            lock (_adding)
            {
                if (_bySpan.TryGetValue(token, out known, out id))
                    return (known, id);
                var text = token.ToString();
                id = _count++;
                if (id == _tokens.Length)
                {
                    var larger = new string[_tokens.Length * 2];
                    Array.Copy(_tokens, larger, _tokens.Length);
                    _tokens = larger;
                }
                _tokens[id] = text;
                _ids[text] = id;
                return (text, id);
            }
        }

        public string Token(int id) => _tokens[id];
    }
}
