using System.Collections;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// The files' reports as a snapshot keeps them: each accepted document's language version is taken back out of the
/// aligned model only when asked for (a file refused on a later reload serves its last good version from it), so
/// the snapshot holds every paragraph once, as the aligned model, not a second time as the parser's output.
/// </summary>
/// <remarks>A version taken back has line numbers 0 and the citations of the aligned paragraph, which merges every language's.</remarks>
public static class AlignedVersions
{
    public static IReadOnlyList<CorpusFileReport> Slim(ResolutionCorpus corpus, IReadOnlyList<CorpusFileReport> reports)
    {
        // Which resolutions each version holds is found on the first version asked for, not at every open: at a
        // million paragraphs that is a pass over 70,000 resolutions most starts never need.
        var byVersion = new Lazy<Dictionary<(string Document, Language Language), List<Resolution>>>(() => ByVersion(corpus), LazyThreadSafetyMode.ExecutionAndPublication);
        return reports.Select(report => report is { Accepted: true, Document: { } document }
            ? report with { Document = document with { Resolutions = Deferred(byVersion, DocumentKeys.Of(document.Symbol), document.Language) } }
            : report).ToList();
    }

    private static Dictionary<(string Document, Language Language), List<Resolution>> ByVersion(ResolutionCorpus corpus)
    {
        // Once per document, not per resolution and language.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var byVersion = new Dictionary<(string Document, Language Language), List<Resolution>>();
        foreach (var resolution in corpus.Resolutions)
        {
            if (!keys.TryGetValue(resolution.DocumentSymbol, out var key))
                keys[resolution.DocumentSymbol] = key = DocumentKeys.Of(resolution.DocumentSymbol);
            foreach (var language in resolution.Titles.Keys)
            {
                if (!byVersion.TryGetValue((key, language), out var list))
                    byVersion[(key, language)] = list = [];
                list.Add(resolution);
            }
        }
        return byVersion;
    }

    private static IReadOnlyList<ParsedResolution> Deferred(Lazy<Dictionary<(string Document, Language Language), List<Resolution>>> byVersion, string document, Language language)
    {
        IReadOnlyList<Resolution> Resolutions() => byVersion.Value.GetValueOrDefault((document, language)) ?? [];
        return new DeferredList<ParsedResolution>(() => Resolutions().Count, () => Resolutions()
            .Select(r => new ParsedResolution(r.Key, r.Suffixes.GetValueOrDefault(language, ""), r.Titles[language], Paragraphs(r.Paragraphs, language), 0))
            .ToList());
    }

    private static List<ParsedParagraph> Paragraphs(IReadOnlyList<Paragraph> paragraphs, Language language) =>
        paragraphs.Where(p => p.Texts.ContainsKey(language))
            .Select(p => new ParsedParagraph(p.Key, p.Kind, p.Section, p.NumberAsPrinted, p.Texts[language], 0, p.SectionTitles.GetValueOrDefault(language))
            {
                SubItems = p.SubItems.Count == 0 ? [] : Paragraphs(p.SubItems, language),
                Cites = p.Cites,
            })
            .ToList();

    /// <summary>A list whose count is found without making its items, and whose items are made on first use.</summary>
    private sealed class DeferredList<T>(Func<int> count, Func<IReadOnlyList<T>> make) : IReadOnlyList<T>
    {
        private readonly Lazy<IReadOnlyList<T>> _items = new(make, LazyThreadSafetyMode.ExecutionAndPublication);

        public int Count => count();

        public T this[int index] => _items.Value[index];

        public IEnumerator<T> GetEnumerator() => _items.Value.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
