using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// A corpus model opened from its files: the corpus, its index slots, the files' reports (as written: not slimmed, see
/// <see cref="AlignedVersions"/>), and the model's files (the open text files and parts its paragraphs are read from,
/// one reference each, disposed with the snapshot).
/// </summary>
internal sealed record PersistedCorpus(ResolutionCorpus Corpus, IndexSlots Slots, IReadOnlyList<CorpusFileReport> Reports, ModelFiles Files) : IDisposable
{
    public void Dispose() => Files.Dispose();
}
