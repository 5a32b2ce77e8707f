namespace ResBot.Knowledge.Indexing;

/// <summary>
/// The best clauses for a query, and how many clauses match it in all, per resolution: what a capped answer needs to
/// say "N more" and to offer a way to narrow.
/// </summary>
/// <param name="Hits">The best clauses, best first, at most the number asked for.</param>
/// <param name="Total">Every clause the query matches.</param>
/// <param name="ByResolution">How many of them each resolution holds, by resolution key, most first.</param>
public sealed record ClauseSearch(IReadOnlyList<ClauseHit> Hits, int Total, IReadOnlyList<(string Resolution, int Clauses)> ByResolution);
