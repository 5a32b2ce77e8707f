using ResBot.Knowledge.Model;

namespace ResBot.Bot.Benchmarks;

/// <summary>
/// Words for the synthetic corpus drawn the way real text uses them: by frequency rank following Zipf's law
/// (rank r drawn with probability about 1/r), the dictionary growing with the text following Heaps' law
/// (about <see cref="HeapsK"/>·n^<see cref="HeapsBeta"/> distinct words after n drawn), so a larger corpus has a larger
/// vocabulary and a topic's words stay in few paragraphs instead of in a fixed share of all of them.
/// </summary>
public sealed class GrowingVocabulary
{
    private const double HeapsK = 10;

    private const double HeapsBeta = 0.6;

    private const string Latin = "bcdfghjklmnprstvz";
    private const string LatinVowels = "aeiou";
    private const string Arabic = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private const string ArabicLong = "اوي";

    private readonly List<string> _words;
    private readonly Language _language;
    private readonly Random _random;
    private readonly HashSet<string> _known;
    private long _drawn;

    /// <summary>Starts from <paramref name="seedWords"/>, most frequent first: they take the top ranks.</summary>
    public GrowingVocabulary(IEnumerable<string> seedWords, Language language, Random random)
    {
        _words = seedWords.ToList();
        _known = _words.ToHashSet(StringComparer.Ordinal);
        _language = language;
        _random = random;
    }

    public int Count => _words.Count;

    public string Next()
    {
        _drawn++;
        if (_words.Count < HeapsK * Math.Pow(_drawn, HeapsBeta))
            return Coin();
        // Inverse of the continuous 1/r distribution over ranks 1..V.
        var rank = (int)Math.Pow(_words.Count, _random.NextDouble()) - 1;
        return _words[Math.Clamp(rank, 0, _words.Count - 1)];
    }

    /// <summary>A new word that looks like one of the language's: syllables of its letters, never one already known.</summary>
    private string Coin()
    {
        while (true)
        {
            var syllables = 2 + _random.Next(3);
            var word = new System.Text.StringBuilder();
            for (var i = 0; i < syllables; i++)
            {
                if (_language == Language.Ar)
                    word.Append(Arabic[_random.Next(Arabic.Length)]).Append(_random.Next(3) == 0 ? ArabicLong[_random.Next(ArabicLong.Length)].ToString() : "");
                else
                    word.Append(Latin[_random.Next(Latin.Length)]).Append(LatinVowels[_random.Next(LatinVowels.Length)]);
            }
            if (_known.Add(word.ToString()))
            {
                _words.Add(word.ToString());
                return word.ToString();
            }
        }
    }
}
