namespace ResBot.Knowledge.Model;

/// <summary>Everything the bot knows: documents and their resolutions, aligned across languages.</summary>
public sealed class ResolutionCorpus(IReadOnlyList<DocumentInfo> documents, IReadOnlyList<Resolution> resolutions)
{
    public IReadOnlyList<DocumentInfo> Documents { get; } = documents;

    public IReadOnlyList<Resolution> Resolutions { get; } = resolutions;

    public Resolution? FindResolution(string key) =>
        Resolutions.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase));

    public DocumentInfo? FindDocument(string symbol) =>
        Documents.FirstOrDefault(d => string.Equals(d.Symbol, symbol, StringComparison.OrdinalIgnoreCase));
}
