namespace ResBot.Knowledge.Indexing;

/// <summary>
/// The best clauses for a query, and how many clauses match it in all, where: what a capped answer needs to say
/// "N more" and to offer a way to narrow. Only the head of the per-resolution counts is kept, so its size does not
/// grow with the corpus.
/// </summary>
/// <param name="Hits">The best clauses, best first, at most the number asked for.</param>
/// <param name="Total">Every clause the query matches.</param>
/// <param name="Resolutions">How many resolutions hold at least one of them.</param>
/// <param name="MostIn">The resolutions holding most of them, most first, ties by key: at most the number asked for.</param>
/// <param name="Bodies">How many of them each body's resolutions hold, most first (ties: the body whose resolution comes first in <paramref name="MostIn"/>'s order).</param>
public sealed record ClauseSearch(
    IReadOnlyList<ClauseHit> Hits,
    int Total,
    int Resolutions,
    IReadOnlyList<(string Resolution, int Clauses)> MostIn,
    IReadOnlyList<(string Body, int Clauses)> Bodies);
