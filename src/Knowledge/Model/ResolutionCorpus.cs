namespace ResBot.Knowledge.Model;

/// <summary>Everything the bot knows: documents and their resolutions, aligned across languages.</summary>
public sealed class ResolutionCorpus
{
    private readonly Dictionary<string, Resolution> _byKey;
    private readonly Dictionary<string, DocumentInfo> _bySymbol;

    public ResolutionCorpus(IReadOnlyList<DocumentInfo> documents, IReadOnlyList<Resolution> resolutions)
    {
        Documents = documents;
        Resolutions = resolutions;
        // The first resolution listed wins a shared key: the list is latest first.
        _byKey = resolutions.DistinctBy(r => r.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
        _bySymbol = documents.DistinctBy(d => d.Symbol, StringComparer.OrdinalIgnoreCase).ToDictionary(d => d.Symbol, StringComparer.OrdinalIgnoreCase);
        Sessions = resolutions.Select(r => r.Key.Split('/')[0]).Where(s => s.All(char.IsAsciiDigit)).ToHashSet(StringComparer.Ordinal);
        _byShortForm = resolutions
            .SelectMany(r => ResolutionKeys.ShortForms(r.Key).Select(form => (Form: form, Resolution: r)))
            .GroupBy(x => x.Form, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Resolution).DistinctBy(r => r.Key).ToList(), StringComparer.OrdinalIgnoreCase);
        _citing = new Lazy<Dictionary<string, List<(Resolution, int)>>>(() => Citing(resolutions), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Dictionary<string, List<Resolution>> _byShortForm;

    /// <summary>
    /// For each form a resolution is cited in, the citing paragraphs as (resolution, paragraph position): made on the
    /// first question about citations, from the citations a persisted model keeps per resolution, so neither opening
    /// the corpus nor this reads a paragraph.
    /// </summary>
    private readonly Lazy<Dictionary<string, List<(Resolution Resolution, int Paragraph)>>> _citing;

    private static Dictionary<string, List<(Resolution, int)>> Citing(IReadOnlyList<Resolution> resolutions)
    {
        var citing = new Dictionary<string, List<(Resolution, int)>>(StringComparer.OrdinalIgnoreCase);
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resolution in resolutions)
        {
            // Each paragraph counts once per form, however many of its citations print it.
            foreach (var paragraph in Corpus.StoredParagraphs.CitationsOf(resolution).GroupBy(c => c.Paragraph))
            {
                forms.Clear();
                foreach (var form in paragraph.SelectMany(c => ResolutionKeys.CiteForms(c.Cite)))
                {
                    if (!forms.Add(form))
                        continue;
                    if (!citing.TryGetValue(form, out var list))
                        citing[form] = list = [];
                    list.Add((resolution, paragraph.Key));
                }
            }
        }
        return citing;
    }

    /// <summary>
    /// Resolutions a short form names: "242" → S/RES/242 (1967), "58/85" → A/RES/58/85, "365" → LAS/SUM/365 (19).
    /// Several when the form is ambiguous across bodies.
    /// </summary>
    public IReadOnlyList<Resolution> FindByShortForm(string form) => _byShortForm.GetValueOrDefault(form) ?? [];

    /// <summary>The paragraphs that cite a resolution, in whatever form they print it ("37/3", "S/RES/242 (1967)").</summary>
    public IReadOnlyList<(Resolution Resolution, Paragraph Paragraph)> CitingParagraphs(string form) =>
        _citing.Value.TryGetValue(form, out var citing) ? citing.Select(c => (c.Resolution, c.Resolution.Paragraphs[c.Paragraph])).ToList() : [];

    public IReadOnlyList<DocumentInfo> Documents { get; }

    /// <summary>Latest session first, then highest number.</summary>
    public IReadOnlyList<Resolution> Resolutions { get; }

    /// <summary>The sessions that have resolutions in the corpus ("38"), to tell "4/38" from "38/4".</summary>
    public IReadOnlySet<string> Sessions { get; }

    public Resolution? FindResolution(string key) => _byKey.GetValueOrDefault(key);

    public DocumentInfo? FindDocument(string symbol) => _bySymbol.GetValueOrDefault(symbol);
}
