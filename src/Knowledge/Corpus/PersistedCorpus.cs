using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>A corpus model opened from its file: the corpus, the files' reports, and the open file its paragraphs read their texts from.</summary>
public sealed record PersistedCorpus(ResolutionCorpus Corpus, IReadOnlyList<CorpusFileReport> Reports, ParagraphTextFile Texts);
