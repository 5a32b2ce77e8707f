using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// The files a persisted corpus model is made of, beside its manifest: the open text files its paragraphs read from,
/// and each document's part file. An incremental update links them into the new snapshot and rewrites only what changed.
/// </summary>
/// <param name="Parts">Each document (the object in the corpus) and the name of its part file.</param>
public sealed record ModelFiles(IReadOnlyList<ParagraphTextFile> Texts, IReadOnlyDictionary<DocumentInfo, string> Parts)
{
    public static readonly ModelFiles None = new([], new Dictionary<DocumentInfo, string>());
}
