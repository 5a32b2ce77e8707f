using System.Collections.Concurrent;
using Lucene.Net.Analysis.TokenAttributes;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// The paragraph texts a build has analysed once already (the annotator reads their tokens), kept until the index
/// takes them, so Lucene indexes those same tokens instead of running the analyzer over the text a second time.
/// Texts are found by reference: the index asks for the very string the annotator read, and any other string (a text
/// rebuilt elsewhere, a section title joined to it) is analysed afresh, as before. Tokens are kept as vocabulary ids,
/// one int each: a build holds every paragraph's tokens between the two phases.
/// Whatever the analyzers do, this replays exactly what they produced: it knows nothing of the token rules.
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

    /// <summary>Each thread's buffer for the tokens of the text it analyses: a build analyses millions of texts.</summary>
    [ThreadStatic]
    private static List<int>? _encoded;

    /// <summary>The tokens of <paramref name="text"/>, as <see cref="LanguageAnalyzers.Tokens"/> gives them; kept for <see cref="Take"/>.</summary>
    public List<string> Tokens(string text, Language language)
    {
        var vocabulary = _vocabularies[language];
        // A token every six to eight characters of text, so the list rarely grows.
        var tokens = new List<string>(text.Length / 6 + 4);
        var encoded = _encoded ??= new List<int>(256);
        encoded.Clear();
        var representable = true;
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
            stream.End();
        }
        if (representable)
            _texts[language][text] = encoded.ToArray();
        return tokens;
    }

    /// <summary>
    /// The tokens kept for this very string, as (token, position increment) pairs for <see cref="PreAnalysedTokenStream"/>,
    /// removed from the store; null when it was not analysed here (then the index analyses it).
    /// </summary>
    public IReadOnlyList<int>? Take(string text, Language language) =>
        _texts[language].TryRemove(text, out var encoded) ? encoded : null;

    /// <summary>The token and position increment of one entry that <see cref="Take"/> returned.</summary>
    internal (string Token, int Increment) Decode(int encoded, Language language) =>
        (_vocabularies[language].Token(encoded & MaxId), (int)((uint)encoded >> IdBits));

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
