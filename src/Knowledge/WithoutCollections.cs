using System.Runtime;

namespace ResBot.Knowledge;

/// <summary>
/// Runs a start-up step in a no-GC region (<see cref="GC.TryStartNoGCRegion(long, long)"/>), so no collection pauses
/// it. Opening a persisted snapshot of a million paragraphs allocates some 100 MB, nearly all of it the model that stays
/// in service (the manifest's 34 MB among it), and the collections that triggered (two of them full ones, for the
/// large arrays) paused the open for 20–270 ms on two cores. Left to run after it, they find the model in one go. The
/// region is the process's: when one is already open (another knowledge base starting), or the step allocates more
/// than the budget (a full build), the step runs with collections as usual.
/// </summary>
internal static class WithoutCollections
{
    public static T Run<T>(long budget, long largeObjectBudget, Func<T> step)
    {
        bool started;
        try
        {
            started = GC.TryStartNoGCRegion(budget, largeObjectBudget);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            started = false;
        }
        try
        {
            return step();
        }
        finally
        {
            // A region the step outgrew was ended by the collection that ended it.
            if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                GC.EndNoGCRegion();
        }
    }
}
