using System.Text;
using ResBot.Knowledge;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Benchmarks;

/// <summary>
/// Writes a synthetic corpus with the real clause structure: the seed's resolutions, in their three languages,
/// repeated over many sessions, each copy with its own words swapped in, so postings and scores vary as in a
/// real collection. The files go through the normal parser, like a user's documents.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Writes at least <paramref name="paragraphs"/> paragraphs (each in ar, en and fr) into <paramref name="folder"/>; returns the resolution keys.</summary>
    public static IReadOnlyList<string> Write(ResolutionCorpus seed, string folder, int paragraphs, int randomSeed = 38)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(randomSeed);
        var templates = seed.Resolutions.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var vocabulary = LanguageCodes.All.ToDictionary(l => l, l => Vocabulary(seed, l));
        var resolutionsPerSession = 60;
        var keys = new List<string>();
        var written = 0;

        for (var session = 100; written < paragraphs; session++)
        {
            var builders = LanguageCodes.All.ToDictionary(l => l, l => new StringBuilder(Header(session, l)));
            for (var number = 1; number <= resolutionsPerSession && written < paragraphs; number++)
            {
                var template = templates[(session + number) % templates.Count];
                foreach (var language in LanguageCodes.All)
                    AppendResolution(builders[language], template, session, number, language, vocabulary[language], new Random(random.Next()));
                written += template.Paragraphs.Count;
                keys.Add($"{session}/{number}");
            }
            foreach (var (language, builder) in builders)
                File.WriteAllText(Path.Combine(folder, $"synthetic-{session}.{language.Code()}.txt"), builder.ToString());
        }
        return keys;
    }

    private static string Header(int session, Language language) =>
        $"---\nsymbol: SYN/CFM-{session}/BENCH/RES\nbody: OIC\nsession: {session}\nlanguage: {language.Code()}\n" +
        $"status: {(language == Language.Ar ? "authoritative" : "translation")}\n---\n\n";

    private static void AppendResolution(StringBuilder text, Resolution template, int session, int number, Language language, string[] vocabulary, Random random)
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
                text.Append($"({section}) {paragraph.SectionTitles.GetValueOrDefault(language, "Section")}:\n\n");
            }
            var body = Vary(paragraph.Texts[language], vocabulary, random);
            text.Append(paragraph.Kind == ParagraphKind.Preambular ? body
                : paragraph.NumberAsPrinted is { } printed ? $"{printed}. {body}"
                : $"• {body}");
            text.Append("\n\n");
        }
        text.Append("{ } { } { }\n\n");
    }

    /// <summary>Swaps about one word in eight for a word from elsewhere in the corpus; the opening verb and the end stay.</summary>
    private static string Vary(string paragraph, string[] vocabulary, Random random)
    {
        var words = paragraph.Split(' ');
        for (var i = 2; i < words.Length - 1; i++)
        {
            if (random.Next(8) == 0)
                words[i] = vocabulary[random.Next(vocabulary.Length)];
        }
        return string.Join(' ', words);
    }

    private static string[] Vocabulary(ResolutionCorpus seed, Language language) =>
        seed.Resolutions.SelectMany(r => r.Paragraphs).SelectMany(p => p.Texts.GetValueOrDefault(language, "").Split(' '))
            .Where(w => w.Length > 3 && w.All(char.IsLetter)).Distinct().ToArray();
}
