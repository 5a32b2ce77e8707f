using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Digests;

/// <summary>New clauses of one resolution.</summary>
/// <param name="Key">"38/4".</param>
/// <param name="DocumentSymbol">"OIC/CFM-38/2011/INF/RES/FINAL".</param>
/// <param name="Title">The resolution's title in the section's language (or the authoritative one), if the corpus has one.</param>
/// <param name="Clauses">Each with its citation, in paragraph order.</param>
public sealed record DigestResolution(string Key, string DocumentSymbol, string? Title, IReadOnlyList<QuotedClause> Clauses);
