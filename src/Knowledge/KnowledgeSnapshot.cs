using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge;

/// <summary>One consistent view: the corpus as parsed, its index, and what happened to each file.</summary>
public sealed record KnowledgeSnapshot(ResolutionCorpus Corpus, ClauseIndex Index, string ContentHash, IReadOnlyList<CorpusFileReport> Reports);
