using ResBot.Knowledge.Model;

namespace ResBot.Bot.Benchmarks;

/// <summary>What <see cref="SyntheticCorpus.Write"/> wrote: the resolution keys, and the distinct words per language its vocabulary reached.</summary>
public sealed record SyntheticCorpusInfo(IReadOnlyList<string> Keys, IReadOnlyDictionary<Language, int> VocabularySizes);
