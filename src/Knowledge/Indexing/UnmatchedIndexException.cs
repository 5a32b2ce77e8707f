namespace ResBot.Knowledge.Indexing;

/// <summary>
/// An index that opens but was not written for the corpus model it is opened with: made by an older version (its
/// commit lacks what this one records, such as the content hash or the slot layout), or for other files or slots.
/// One of an older version is simply rebuilt and removed; one of other files is kept aside, as a damaged one is.
/// </summary>
public sealed class UnmatchedIndexException(string message, bool olderVersion) : Exception(message)
{
    /// <summary>Its commit lacks what this version records: written by an earlier ResBot.</summary>
    public bool OlderVersion { get; } = olderVersion;
}
