using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// A corpus model opened from its file: the corpus, its index slots, the files' reports, and the open text files its
/// paragraphs read their texts from (one reference each, disposed with the snapshot).
/// </summary>
public sealed record PersistedCorpus(ResolutionCorpus Corpus, IndexSlots Slots, IReadOnlyList<CorpusFileReport> Reports, IReadOnlyList<ParagraphTextFile> Texts) : IDisposable
{
    public void Dispose()
    {
        foreach (var texts in Texts)
            texts.Dispose();
    }
}
