namespace ResBot.Knowledge;

/// <summary>Where the knowledge core reads documents and keeps its index.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The folder of resolution documents (`Corpus:Path`).</summary>
    public string CorpusPath { get; set; } = "";

    /// <summary>The data folder (`Data:Path`); the index lives in its `index` sub-folder.</summary>
    public string DataPath { get; set; } = "";
}
