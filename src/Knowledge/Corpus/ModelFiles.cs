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

    public void Dispose()
    {
        foreach (var texts in Texts)
            texts.Dispose();
        foreach (var part in Parts.Values)
            part.Dispose();
    }
}
