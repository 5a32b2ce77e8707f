namespace ResBot.Bot.Generative;

/// <summary>
/// Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): score(d) = Σ 1 / (k + rank(d)), rank from 1.
/// It needs no score calibration between BM25 and cosine similarity, which is why hybrid retrieval uses it.
/// </summary>
internal static class ReciprocalRankFusion
{
    public const int DefaultK = 60;

    /// <summary>The items of every ranking, best fused score first; ties keep the order of the earlier rankings.</summary>
    public static IReadOnlyList<T> Fuse<T>(IReadOnlyList<IReadOnlyList<T>> rankings, Func<T, string> keyOf, int k = DefaultK)
    {
        var scores = new Dictionary<string, (T Item, double Score, int FirstSeen)>(StringComparer.OrdinalIgnoreCase);
        var seen = 0;
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var key = keyOf(ranking[rank]);
                var contribution = 1.0 / (k + rank + 1);
                scores[key] = scores.TryGetValue(key, out var entry)
                    ? (entry.Item, entry.Score + contribution, entry.FirstSeen)
                    : (ranking[rank], contribution, seen++);
            }
        }
        return scores.Values
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.FirstSeen)
            .Select(e => e.Item)
            .ToList();
    }
}
