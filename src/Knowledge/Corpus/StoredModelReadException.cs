namespace ResBot.Knowledge.Corpus;

/// <summary>
/// A paragraph or a text of a persisted corpus model could not be read from its file: its bytes are not the ones the
/// model wrote (a hash or checksum differs), the file is shorter, cannot be read, or was closed because its snapshot
/// was replaced. Nothing is quoted from it: the question gets a notice instead
/// (<see cref="Answers.ResolutionAssistant"/>), and <see cref="KnowledgeBase.ReportUnreadable"/> moves a damaged
/// snapshot aside and rebuilds it.
/// </summary>
public sealed class StoredModelReadException : IOException
{
    internal StoredModelReadException(SnapshotFile file, string message, Exception? inner = null)
        : base($"The corpus model file {file.Name} could not be read: {message}", inner) => File = file;

    /// <summary>The file that could not be read.</summary>
    internal SnapshotFile File { get; }

    /// <summary>True when the file was closed because its snapshot was replaced: not damage; asking again reads the snapshot in service.</summary>
    public bool Retired => InnerException is ObjectDisposedException;
}
