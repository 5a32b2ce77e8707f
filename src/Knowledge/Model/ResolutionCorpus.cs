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
        _citing = resolutions
            .SelectMany(r => r.Paragraphs.SelectMany(p => p.Cites.SelectMany(ResolutionKeys.CiteForms).Distinct(StringComparer.OrdinalIgnoreCase).Select(c => (Cite: c, Resolution: r, Paragraph: p))))
            .GroupBy(x => x.Cite, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Resolution, x.Paragraph)).ToList(), StringComparer.OrdinalIgnoreCase);
    }

    private readonly Dictionary<string, List<Resolution>> _byShortForm;
    private readonly Dictionary<string, List<(Resolution Resolution, Paragraph Paragraph)>> _citing;

    /// <summary>
    /// Resolutions a short form names: "242" → S/RES/242 (1967), "58/85" → A/RES/58/85, "365" → LAS/SUM/365 (19).
    /// Several when the form is ambiguous across bodies.
    /// </summary>
    public IReadOnlyList<Resolution> FindByShortForm(string form) => _byShortForm.GetValueOrDefault(form) ?? [];

    /// <summary>The paragraphs that cite a resolution, in whatever form they print it ("37/3", "S/RES/242 (1967)").</summary>
    public IReadOnlyList<(Resolution Resolution, Paragraph Paragraph)> CitingParagraphs(string form) => _citing.GetValueOrDefault(form) ?? [];

    public IReadOnlyList<DocumentInfo> Documents { get; }

    /// <summary>Latest session first, then highest number.</summary>
    public IReadOnlyList<Resolution> Resolutions { get; }

    /// <summary>The sessions that have resolutions in the corpus ("38"), to tell "4/38" from "38/4".</summary>
    public IReadOnlySet<string> Sessions { get; }

    public Resolution? FindResolution(string key) => _byKey.GetValueOrDefault(key);

    public DocumentInfo? FindDocument(string symbol) => _bySymbol.GetValueOrDefault(symbol);
}
