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
        Sessions = resolutions.Select(r => r.Key.Split('/')[0]).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<DocumentInfo> Documents { get; }

    /// <summary>Latest session first, then highest number.</summary>
    public IReadOnlyList<Resolution> Resolutions { get; }

    /// <summary>The sessions that have resolutions in the corpus ("38"), to tell "4/38" from "38/4".</summary>
    public IReadOnlySet<string> Sessions { get; }

    public Resolution? FindResolution(string key) => _byKey.GetValueOrDefault(key);

    public DocumentInfo? FindDocument(string symbol) => _bySymbol.GetValueOrDefault(symbol);
}
