using System.Text;
using ResBot.Knowledge;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Benchmarks;

/// <summary>
/// Writes a synthetic corpus with the real clause structure: the seed's resolutions, in their three languages,
/// repeated over many sessions, each copy with its own words swapped in from a vocabulary that grows with the
/// corpus (<see cref="GrowingVocabulary"/>). A few copies (<see cref="OnTopicShare"/>) stay close to their seed and
/// keep its topic; in the others every word after the opening is swapped (names and acronyms too), so a topic's names and words are in few paragraphs,
/// as in a real collection, instead of in every copy of their seed. The files go through the normal parser, like a
/// user's documents.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>
    /// Resolutions that keep their seed's topic: one word in eight swapped. In the others every word after the opening
    /// is: a term surviving in any one of the three languages tags the paragraph, so a partial swap leaves a topic in
    /// a large share of all copies.
    /// </summary>
    public const double OnTopicShare = 0.03;

    private const double OnTopicSwapShare = 0.125;

    private const double OffTopicSwapShare = 1.0;

    /// <summary>Writes at least <paramref name="paragraphs"/> paragraphs (each in ar, en and fr) into <paramref name="folder"/>; returns the resolution keys and the vocabulary reached.</summary>
    /// <param name="firstSession">The session of the first file written: a later document added to a corpus takes a session of its own.</param>
    public static SyntheticCorpusInfo Write(ResolutionCorpus seed, string folder, int paragraphs, int randomSeed = 38, int firstSession = 100)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(randomSeed);
        var templates = seed.Resolutions.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var vocabulary = LanguageCodes.All.ToDictionary(l => l, l => new GrowingVocabulary(Vocabulary(seed, l), l, new Random(randomSeed + (int)l)));
        var resolutionsPerSession = 60;
        var keys = new List<string>();
        var written = 0;

        for (var session = firstSession; written < paragraphs; session++)
        {
            var builders = LanguageCodes.All.ToDictionary(l => l, l => new StringBuilder(Header(session, l)));
            for (var number = 1; number <= resolutionsPerSession && written < paragraphs; number++)
            {
                var template = templates[(session + number) % templates.Count];
                var swapShare = random.NextDouble() < OnTopicShare ? OnTopicSwapShare : OffTopicSwapShare;
                foreach (var language in LanguageCodes.All)
                    AppendResolution(builders[language], template, session, number, language, vocabulary[language], swapShare, new Random(random.Next()));
                written += template.Paragraphs.Count;
                keys.Add($"{session}/{number}");
            }
            foreach (var (language, builder) in builders)
                File.WriteAllText(Path.Combine(folder, $"synthetic-{session}.{language.Code()}.txt"), builder.ToString());
        }
        return new SyntheticCorpusInfo(keys, vocabulary.ToDictionary(v => v.Key, v => v.Value.Count));
    }

    private static string Header(int session, Language language) =>
        $"---\nsymbol: SYN/CFM-{session}/BENCH/RES\nbody: OIC\nsession: {session}\nlanguage: {language.Code()}\n" +
        $"status: {(language == Language.Ar ? "authoritative" : "translation")}\n---\n\n";

    private static void AppendResolution(StringBuilder text, Resolution template, int session, int number, Language language, GrowingVocabulary vocabulary, double swapShare, Random random)
    {
        text.Append(language switch
        {
            Language.Ar => $"قرار رقم {session}/{number}-إع\nبشأن\n",
            Language.Fr => $"RÉSOLUTION N° {number}/{session}-INF\nSUR\n",
            _ => $"RESOLUTION No. {number}/{session}-INF\nON\n",
        });
        text.Append(template.Titles.GetValueOrDefault(language, template.Titles.Values.First())).Append("\n\n");

        string? section = null;
        foreach (var paragraph in template.Paragraphs)
        {
            if (paragraph.Section != section && paragraph.Section is not null)
            {
                section = paragraph.Section;
                // Section titles are annotated with their paragraphs: they vary like the text, or every copy keeps the topic.
                text.Append($"({section}) {Vary(paragraph.SectionTitles.GetValueOrDefault(language, "Section"), vocabulary, swapShare, random, keep: 1, keepLast: false)}:\n\n");
            }
            var body = Vary(paragraph.Texts[language], vocabulary, swapShare, random, keep: 3, keepLast: true);
            text.Append(paragraph.Kind == ParagraphKind.Preambular ? body
                : paragraph.NumberAsPrinted is { } printed ? $"{printed}. {body}"
                : $"• {body}");
            text.Append("\n\n");
        }
        text.Append("{ } { } { }\n\n");
    }

    /// <summary>
    /// Swaps about <paramref name="swapShare"/> of the words for words of the vocabulary, keeping the punctuation around
    /// them; the first <paramref name="keep"/> words (a paragraph's opening verb and its object), the last word when asked,
    /// numbers and line breaks (sub-item labels) stay.
    /// </summary>
    private static string Vary(string paragraph, GrowingVocabulary vocabulary, double swapShare, Random random, int keep, bool keepLast)
    {
        var words = paragraph.Split(' ');
        for (var i = keep; i < words.Length - (keepLast ? 1 : 0); i++)
        {
            var word = words[i];
            if (random.NextDouble() >= swapShare || word.Any(c => char.IsDigit(c) || c == '\n') || !word.Any(char.IsLetter))
                continue;
            var start = 0;
            while (!char.IsLetter(word[start]))
                start++;
            var end = word.Length;
            while (!char.IsLetter(word[end - 1]))
                end--;
            words[i] = word[..start] + vocabulary.Next() + word[end..];
        }
        return string.Join(' ', words);
    }

    /// <summary>The seed's words, most frequent first (they take the top Zipf ranks).</summary>
    private static IEnumerable<string> Vocabulary(ResolutionCorpus seed, Language language) =>
        seed.Resolutions.SelectMany(r => r.Paragraphs).SelectMany(p => p.Texts.GetValueOrDefault(language, "").Split(' '))
            .Where(w => w.Length > 3 && w.All(char.IsLetter))
            .GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key);
}
