using System.Diagnostics;

namespace ResBot.Knowledge;

/// <summary>The time each phase of loading a corpus took ("read 12.1 s, align 4.0 s, index 20.3 s"): where a slow start or reload went.</summary>
public sealed class LoadPhases
{
    private readonly List<(string Phase, TimeSpan Took)> _phases = [];

    public IReadOnlyList<(string Phase, TimeSpan Took)> All => _phases;

    public T Time<T>(string phase, Func<T> run)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return run();
        }
        finally
        {
            _phases.Add((phase, Stopwatch.GetElapsedTime(start)));
        }
    }

    public void Time(string phase, Action run) => Time(phase, () =>
    {
        run();
        return true;
    });

    public override string ToString() => string.Join(", ", _phases.Select(p => p.Took.TotalSeconds < 1 ? $"{p.Phase} {p.Took.TotalMilliseconds:F0} ms" : $"{p.Phase} {p.Took.TotalSeconds:F1} s"));
}
