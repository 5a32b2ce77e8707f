using ResBot.Knowledge.Glossary;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// Joins the language versions of each document into one model: paragraphs align by citation key, the key
/// every official language version shares. The authoritative version decides the order.
/// </summary>
public sealed class CorpusAligner(ClauseAnnotator annotator)
{
    public ResolutionCorpus Align(IReadOnlyList<ParsedDocument> versions) => Assemble(AlignDocuments(versions));

    /// <summary>
    /// Each document (its language versions joined by symbol) with its resolutions in the order it prints them, in the
    /// order of the versions' first appearance. A document depends only on its own versions: a reload that changed one
    /// file aligns that file's document alone and <see cref="Assemble"/>s it with the others as they were.
    /// </summary>
    public IReadOnlyList<AlignedDocument> AlignDocuments(IReadOnlyList<ParsedDocument> versions)
    {
        // Documents are aligned and annotated on every core (the analyzers keep their state per thread), kept in order.
        return versions.GroupBy(v => v.Symbol, StringComparer.OrdinalIgnoreCase).ToList().AsParallel().AsOrdered().Select(AlignDocument).ToList();
    }

    private AlignedDocument AlignDocument(IGrouping<string, ParsedDocument> group)
    {
        var ordered = group.OrderBy(v => v.IsAuthoritative ? 0 : 1).ThenBy(v => v.Language).ToList();
        var authoritative = ordered[0];
        var info = new DocumentInfo(
            authoritative.Symbol,
            authoritative.Body,
            authoritative.Session ?? ordered.Select(v => v.Session).FirstOrDefault(s => s is not null),
            authoritative.Place ?? ordered.Select(v => v.Place).FirstOrDefault(p => p is not null),
            authoritative.Dates ?? ordered.Select(v => v.Dates).FirstOrDefault(d => d is not null),
            authoritative.Language,
            ordered.Select(v => v.Language).ToList())
        {
            ResolutionKeys = ordered.SelectMany(v => v.Resolutions.Select(r => r.Key)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
        return new AlignedDocument(info, info.ResolutionKeys.Select(key => AlignResolution(authoritative, key, ordered)).ToList());
    }

    /// <summary>The corpus of these documents: their resolutions latest session first, then highest number (a stable sort: ties keep the documents' order).</summary>
    public static ResolutionCorpus Assemble(IReadOnlyList<AlignedDocument> documents)
    {
        var latestFirst = documents.SelectMany(d => d.Resolutions)
            .OrderByDescending(r => SessionAndNumber(r.Key).Session)
            .ThenByDescending(r => SessionAndNumber(r.Key).Number)
            .ToList();
        return new ResolutionCorpus(documents.Select(d => d.Info).ToList(), latestFirst);
    }

    /// <summary>
    /// The documents of <paramref name="corpus"/> as <see cref="AlignDocuments"/> made them: each with its own
    /// resolutions, in the order it lists their keys.
    /// </summary>
    public static IReadOnlyList<AlignedDocument> Documents(ResolutionCorpus corpus)
    {
        var bySymbol = corpus.Resolutions.ToLookup(r => r.DocumentSymbol, StringComparer.OrdinalIgnoreCase);
        return corpus.Documents.Select(d =>
        {
            var own = bySymbol[d.Symbol].ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
            return new AlignedDocument(d, d.ResolutionKeys.Select(k => own[k]).ToList());
        }).ToList();
    }

    private Resolution AlignResolution(ParsedDocument authoritative, string key, IReadOnlyList<ParsedDocument> versions)
    {
        var present = versions
            .Select(v => (v.Language, Resolution: v.Resolutions.FirstOrDefault(r => r.Key.Equals(key, StringComparison.OrdinalIgnoreCase))))
            .Where(p => p.Resolution is not null)
            .Select(p => (p.Language, Resolution: p.Resolution!))
            .ToList();

        var paragraphs = AlignParagraphs(authoritative, present.Select(p => (p.Language, p.Resolution.Paragraphs)).ToList(), indexed: true);
        return new Resolution(
            key,
            authoritative.Symbol,
            present.ToDictionary(p => p.Language, p => p.Resolution.Suffix),
            present.ToDictionary(p => p.Language, p => p.Resolution.Title),
            paragraphs);
    }

    /// <summary>Paragraphs of every version joined by key; sub-items the same way, under their paragraph.</summary>
    /// <param name="indexed">Top-level paragraphs, each a document of the index; sub-items are not.</param>
    private List<Paragraph> AlignParagraphs(ParsedDocument authoritative, IReadOnlyList<(Language Language, IReadOnlyList<ParsedParagraph> Paragraphs)> present, bool indexed)
    {
        var paragraphKeys = present.SelectMany(p => p.Paragraphs.Select(x => x.Key)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var paragraphs = new List<Paragraph>(paragraphKeys.Count);
        foreach (var paragraphKey in paragraphKeys)
        {
            var texts = new Dictionary<Language, string>();
            var sectionTitles = new Dictionary<Language, string>();
            var versions = new List<(Language, ParsedParagraph)>();
            foreach (var (language, list) in present)
            {
                var paragraph = list.FirstOrDefault(x => x.Key.Equals(paragraphKey, StringComparison.OrdinalIgnoreCase));
                if (paragraph is null)
                    continue;
                versions.Add((language, paragraph));
                texts.TryAdd(language, paragraph.Text);
                if (paragraph.SectionTitle is { Length: > 0 } title)
                    sectionTitles.TryAdd(language, title);
            }

            var shape = versions[0].Item2;
            var annotation = annotator.Annotate(shape.Kind, texts, authoritative.Language, sectionTitles, indexed);
            var subItems = versions.Any(v => v.Item2.SubItems.Count > 0)
                ? AlignParagraphs(authoritative, versions.Select(v => (v.Item1, v.Item2.SubItems)).ToList(), indexed: false)
                : [];
            paragraphs.Add(new Paragraph(paragraphKey, shape.Kind, shape.Section, shape.NumberAsPrinted, texts,
                annotation.Action, annotation.Addressees, annotation.NamedBodies, paragraphs.Count)
            {
                Terms = annotation.Terms,
                SectionTitles = sectionTitles,
                SubItems = subItems,
                Cites = versions.SelectMany(v => v.Item2.Cites).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            });
        }
        return paragraphs;
    }

    internal static (int Session, int Number) SessionAndNumber(string key)
    {
        var parts = key.Split('/');
        return (int.TryParse(parts[0], out var s) ? s : 0, parts.Length > 1 && int.TryParse(parts[1], out var n) ? n : 0);
    }
}
