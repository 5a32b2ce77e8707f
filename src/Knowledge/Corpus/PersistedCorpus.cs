using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// A corpus model opened from its files: the corpus, its index slots, the files' reports, and the model's files (the
/// open text files its paragraphs read their texts from, one reference each, disposed with the snapshot).
/// </summary>
public sealed record PersistedCorpus(ResolutionCorpus Corpus, IndexSlots Slots, IReadOnlyList<CorpusFileReport> Reports, ModelFiles Files) : IDisposable
{
    public void Dispose()
    {
        foreach (var texts in Files.Texts)
            texts.Dispose();
    }
}
