namespace ResBot.Knowledge.Indexing;

/// <summary>
/// The caller's budget, seen by every search made on its behalf. Ambient (it flows with the async context, like
/// <see cref="System.Diagnostics.Activity.Current"/>) so the answer composer's search calls honour it without each
/// taking a token; <see cref="Answers.ResolutionAssistant"/> opens the scope around one answer, inside the task
/// that computes it, so it never leaks to other requests.
/// </summary>
public static class SearchCancellation
{
    private static readonly AsyncLocal<CancellationToken> Ambient = new();

    public static CancellationToken Current => Ambient.Value;

    /// <summary>Searches made until the returned scope is disposed stop with <see cref="OperationCanceledException"/> once <paramref name="token"/> fires.</summary>
    public static IDisposable Scope(CancellationToken token)
    {
        var outer = Ambient.Value;
        Ambient.Value = token;
        return new Restore(outer);
    }

    private sealed class Restore(CancellationToken outer) : IDisposable
    {
        public void Dispose() => Ambient.Value = outer;
    }
}
