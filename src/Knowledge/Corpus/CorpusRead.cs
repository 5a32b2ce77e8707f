namespace ResBot.Knowledge.Corpus;

/// <summary>One reading of the corpus folder: each file's report, the hash of their contents, and their stamp.</summary>
/// <param name="ContentHash">SHA-256 of the files' names and bytes and the parser version: names the index built from them.</param>
/// <param name="Stamp">Names, sizes and modification times: tells a later reload that nothing changed without reading.</param>
public sealed record CorpusRead(IReadOnlyList<CorpusFileReport> Reports, string ContentHash, string Stamp);
