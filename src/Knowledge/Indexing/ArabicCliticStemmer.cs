using Lucene.Net.Analysis.Ar;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Lucene's light Arabic stemmer, with the clitics it leaves taken off when a word list says what is left is a
/// word: a one-letter preposition or conjunction on an indefinite noun ("بلجنة", "برفع", "وللدول" meet "لجنة",
/// "رفع", "الدول"), and a pronoun after the feminine ending, which then is written ت ("سكرتاريتها" meets
/// "سكرتارية") or after a hamza seat ("أعضائها" meets "الأعضاء"). A word the list holds whole keeps every letter,
/// so "برنامج" keeps its ب and "وسائل" its و; a word neither it nor any reading of it is listed is stemmed as
/// Lucene does. Works on normalised text (<see cref="ArabicNormalizer"/>): ة is ه, أ إ آ are ا.
/// </summary>
public sealed class ArabicCliticStemmer
{
    /// <summary>The word list shipped with ResBot (scripts/arabic-words.py writes it).</summary>
    public static ArabicCliticStemmer Embedded => EmbeddedStemmer.Value;

    private static readonly Lazy<ArabicCliticStemmer> EmbeddedStemmer = new(LoadEmbedded);

    private const string WordListResource = "ResBot.Knowledge.Indexing.arabic-words.txt";

    /// <summary>SHA-256 of the embedded word list: a changed list changes the tokens an index holds.</summary>
    public static string WordListHash => WordListHashValue.Value;

    private static readonly Lazy<string> WordListHashValue = new(() => EmbeddedResource.ShortHash(WordListResource));

    private static Stream OpenWordList() => EmbeddedResource.Open(WordListResource);

    /// <summary>The article forms Lucene takes off, in its order; its bare "و" is a clitic here, decided by the list.</summary>
    private static readonly string[] Articles = ["ال", "وال", "بال", "كال", "فال", "لل"];

    /// <summary>Attached pronouns, longest first so "هما" is not read as "ه" + "ما".</summary>
    private static readonly string[] Pronouns = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي"];

    /// <summary>Shortest word left once a clitic is taken off: "بث" (broadcast) is not ب + "ث".</summary>
    private const int MinimumRest = 3;

    private readonly ArabicStemmer _light = new();
    private readonly HashSet<string> _known;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    [ThreadStatic]
    private static char[]? _scratch;

    /// <summary>A stemmer that knows <paramref name="words"/> (as written; they are normalised here) to carry no clitic.</summary>
    public ArabicCliticStemmer(IEnumerable<string> words)
    {
        _known = new HashSet<string>(StringComparer.Ordinal);
        // A stop word is no reading of a longer word: "لهذه" is not ل + "هذه" to be kept as a content word.
        foreach (var word in words.Where(w => !ArabicAnalyzer.DefaultStopSet.Contains(w.Trim())))
        {
            var letters = word.Trim().ToCharArray();
            var length = new ArabicNormalizer().Normalize(letters, letters.Length);
            length = _light.StemSuffix(letters, WithoutArticle(letters, length));
            if (length >= 2)
                _known.Add(new string(letters, 0, length));
        }
        _lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Stems <paramref name="word"/>'s first <paramref name="length"/> letters in place; returns the stem's length.</summary>
    public int Stem(char[] word, int length)
    {
        var scratch = _scratch is { } held && held.Length >= length ? held : _scratch = new char[Math.Max(length, 32)];
        // The whole word first, then with one clitic off, then with a conjunction and a preposition off ("وبرفع").
        for (var drop = 0; drop <= 2; drop++)
        {
            if (drop > 0 && (length - drop < MinimumRest || !IsClitic(word, drop)))
                break;
            for (var reading = 0; reading < 3; reading++)
            {
                Array.Copy(word, drop, scratch, 0, length - drop);
                var read = Read(scratch, length - drop, reading);
                if (read < 0)
                    continue;
                read = _light.StemSuffix(scratch, WithoutArticle(scratch, read));
                if (read >= 2 && _lookup.Contains(scratch.AsSpan(0, read)))
                {
                    Array.Copy(scratch, word, read);
                    return read;
                }
            }
        }
        return _light.Stem(word, length);
    }

    /// <summary>The word's first letters are clitics: one preposition or conjunction, or a conjunction before a preposition.</summary>
    private static bool IsClitic(char[] word, int drop) => drop == 1
        ? word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك'
        : word[0] is 'و' or 'ف' && word[1] is 'ب' or 'ل' or 'ك';

    /// <summary>
    /// Reading 0 is the word as written; 1 the feminine ending before a pronoun ("سكرتاريتها" → "سكرتاريه"); 2 a hamza
    /// seat before a pronoun ("اعضائها" → "اعضاء"). Returns the new length, or -1 when the reading does not apply.
    /// </summary>
    private static int Read(char[] word, int length, int reading)
    {
        if (reading == 0)
            return length;
        foreach (var pronoun in Pronouns)
        {
            var seat = length - pronoun.Length - 1;
            if (seat < 2 || !word.AsSpan(seat + 1, pronoun.Length).SequenceEqual(pronoun))
                continue;
            if (reading == 1 && word[seat] == 'ت')
            {
                word[seat] = 'ه';
                return seat + 1;
            }
            if (reading == 2 && word[seat] is 'ئ' or 'ؤ')
            {
                word[seat] = 'ء';
                return seat + 1;
            }
            return -1;
        }
        return -1;
    }

    /// <summary>Takes off the article as Lucene's stemmer would (with its length checks); returns the new length.</summary>
    private static int WithoutArticle(char[] word, int length)
    {
        foreach (var article in Articles)
        {
            if (length >= article.Length + 2 && word.AsSpan(0, article.Length).SequenceEqual(article))
            {
                Array.Copy(word, article.Length, word, 0, length - article.Length);
                return length - article.Length;
            }
        }
        return length;
    }

    private static ArabicCliticStemmer LoadEmbedded()
    {
        using var stream = OpenWordList();
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                words.Add(line);
        }
        return new ArabicCliticStemmer(words);
    }
}
