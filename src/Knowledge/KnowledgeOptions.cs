namespace ResBot.Knowledge;

/// <summary>Where the knowledge core reads documents and keeps its index.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The configuration section a host binds <see cref="ParagraphsInMemory"/> from.</summary>
    public const string Section = "Knowledge";

    /// <summary>The folder of resolution documents (`Corpus:Path`).</summary>
    public string CorpusPath { get; set; } = "";

    /// <summary>The data folder (`Data:Path`); the index lives in its `index` sub-folder.</summary>
    public string DataPath { get; set; } = "";

    /// <summary>
    /// How many paragraphs read from the persisted model stay in memory (`Knowledge:ParagraphsInMemory`): a
    /// resolution's paragraphs are read from disk when first used, and the oldest reads past this many are let go.
    /// Zero keeps only the latest read; a host refuses a negative value at start.
    /// </summary>
    public int ParagraphsInMemory { get; set; } = Corpus.RecentParagraphs.DefaultBudget;
}
