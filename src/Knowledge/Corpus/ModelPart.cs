namespace ResBot.Knowledge.Corpus;

/// <summary>
/// One document's part file of a persisted model, open for reading (<see cref="StoredParagraphs"/> read its
/// resolutions' paragraphs from it on first use), and the text files those paragraphs' texts are in. Shared between
/// the snapshots of an incremental update like its <see cref="SnapshotFile"/>: each holds a reference.
/// </summary>
internal sealed class ModelPart(SnapshotFile file, IReadOnlyList<SnapshotFile> texts) : IDisposable
{
    public SnapshotFile File { get; } = file;

    /// <summary>The text files the part's paragraphs name by position, in the order it was written with.</summary>
    public IReadOnlyList<SnapshotFile> Texts { get; } = texts;

    public string Name => File.Name;

    /// <summary>Another reference to the open part, for a snapshot that reads from it too; dispose it like the first.</summary>
    public ModelPart Share()
    {
        File.Share();
        return this;
    }

    public void Dispose() => File.Dispose();
}
