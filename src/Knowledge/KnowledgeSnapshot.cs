using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge;

/// <summary>One consistent view: the corpus as parsed, its index, and the reading it came from.</summary>
public sealed record KnowledgeSnapshot(ResolutionCorpus Corpus, ClauseIndex Index, CorpusRead Read)
{
    public string ContentHash => Read.ContentHash;

    public IReadOnlyList<CorpusFileReport> Reports => Read.Reports;

    /// <summary>Files refused on the reload that made this snapshot, served at their last good version ("file: reason").</summary>
    public IReadOnlyList<string> Kept { get; init; } = [];

    /// <summary>True when the snapshot was opened from the model persisted beside its index, without reading a corpus file.</summary>
    public bool FromPersistedModel { get; init; }

    /// <summary>
    /// The persisted model's files: the text files the paragraphs read their texts from (one reference each) and each
    /// document's part; none when the paragraphs hold their texts (the model could not be written).
    /// </summary>
    internal ModelFiles Model { get; init; } = ModelFiles.None;

    /// <summary>Where the index numbers each resolution's paragraphs: an incremental update keeps these for the resolutions it does not touch.</summary>
    public required IndexSlots Slots { get; init; }

    /// <summary>The snapshot's folder (`Data:Path/index/&lt;content hash&gt;`), or null when it has none (no corpus yet).</summary>
    public string? Folder { get; init; }

    /// <summary>How long reading, aligning and indexing the files took, when they were read; or opening the model and the index, when it was opened.</summary>
    public LoadPhases Phases { get; init; } = new();

    /// <summary>Closes the index and the texts' file: only once no request can still be reading this snapshot.</summary>
    public void Close()
    {
        Index.Dispose();
        Model.Dispose();
    }
}
