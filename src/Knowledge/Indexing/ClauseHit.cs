using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>A paragraph found by the index, with its BM25 score.</summary>
public sealed record ClauseHit(Resolution Resolution, Paragraph Paragraph, float Score);
