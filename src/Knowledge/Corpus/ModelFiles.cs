using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// The files a persisted corpus model is made of, beside its manifest, open for reading: the text files its
/// paragraphs read their texts from, and each document's part, which its resolutions read their paragraphs from
/// (one reference each, disposed with the snapshot). An incremental update links them into the new snapshot and
/// rewrites only what changed.
/// </summary>
/// <param name="Parts">Each document (the object in the corpus) and its open part.</param>
internal sealed record ModelFiles(IReadOnlyList<SnapshotFile> Texts, IReadOnlyDictionary<DocumentInfo, ModelPart> Parts)
{
    public static readonly ModelFiles None = new([], new Dictionary<DocumentInfo, ModelPart>());

    /// <summary>Another reference to the texts and to the parts of these documents, for the snapshot an update makes.</summary>
    public ModelFiles Share(IEnumerable<DocumentInfo> kept) =>
        new(Texts.Select(t => t.Share()).ToList(),
            kept.Where(Parts.ContainsKey).ToDictionary<DocumentInfo, DocumentInfo, ModelPart>(d => d, d => Parts[d].Share(), ReferenceEqualityComparer.Instance));

    /// <summary>True when <paramref name="file"/> is one of these text files or parts (the same open file).</summary>
    public bool Holds(SnapshotFile file) =>
        Texts.Any(t => ReferenceEquals(t, file)) || Parts.Values.Any(p => ReferenceEquals(p.File, file));

    public void Dispose()
    {
        foreach (var texts in Texts)
            texts.Dispose();
        foreach (var part in Parts.Values)
            part.Dispose();
    }
}

/// <summary>
/// Each document's part, as the manifest lists them: looked up by document (the object in the corpus) only by an
/// incremental update, so the look-up is made on first use. Hashing a thousand documents by identity at every open
/// cost more than reading them (measured at a million paragraphs).
/// </summary>
internal sealed class PartsByDocument(IReadOnlyList<DocumentInfo> documents, IReadOnlyList<ModelPart> parts) : IReadOnlyDictionary<DocumentInfo, ModelPart>
{
    private readonly Lazy<Dictionary<DocumentInfo, ModelPart>> _byDocument = new(() =>
    {
        var byDocument = new Dictionary<DocumentInfo, ModelPart>(documents.Count, ReferenceEqualityComparer.Instance);
        for (var d = 0; d < documents.Count; d++)
            byDocument[documents[d]] = parts[d];
        return byDocument;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public ModelPart this[DocumentInfo key] => _byDocument.Value[key];

    public IEnumerable<DocumentInfo> Keys => _byDocument.Value.Keys;

    /// <summary>The parts in the manifest's order, without making the look-up.</summary>
    public IEnumerable<ModelPart> Values => _byDocument.IsValueCreated ? _byDocument.Value.Values : parts;

    public int Count => _byDocument.IsValueCreated ? _byDocument.Value.Count : parts.Count;

    public bool ContainsKey(DocumentInfo key) => _byDocument.Value.ContainsKey(key);

    public bool TryGetValue(DocumentInfo key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ModelPart value) => _byDocument.Value.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<DocumentInfo, ModelPart>> GetEnumerator() => _byDocument.Value.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
