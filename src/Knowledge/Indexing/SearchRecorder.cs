namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Collects the queries the index is sent inside a scope: how the benchmark times, as its baseline, exactly the
/// Lucene queries an answer sent, whatever the answer composer decides to send. Ambient like
/// <see cref="SearchCancellation"/>; outside a scope nothing is recorded and nothing is paid.
/// </summary>
public static class SearchRecorder
{
    private static readonly AsyncLocal<List<(ClauseQuery Query, int Take)>?> Ambient = new();

    public static IDisposable Record(List<(ClauseQuery Query, int Take)> into)
    {
        var outer = Ambient.Value;
        Ambient.Value = into;
        return new Restore(outer);
    }

    internal static void Add(ClauseQuery query, int take) => Ambient.Value?.Add((query, take));

    private sealed class Restore(List<(ClauseQuery Query, int Take)>? outer) : IDisposable
    {
        public void Dispose() => Ambient.Value = outer;
    }
}
