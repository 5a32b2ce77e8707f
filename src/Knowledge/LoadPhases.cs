using System.Diagnostics;

namespace ResBot.Knowledge;

/// <summary>
/// The time each phase of loading a corpus took ("read 12.1 s (20.3 s CPU), align 4.0 s (7.5 s CPU) …"): where a slow
/// start or reload went. The CPU time is the whole process's during the phase, so on a machine shared with other work
/// it tells a phase's own cost better than the wall clock does.
/// </summary>
public sealed class LoadPhases
{
    private readonly List<(string Phase, TimeSpan Took, TimeSpan Cpu)> _phases = [];

    public IReadOnlyList<(string Phase, TimeSpan Took, TimeSpan Cpu)> All => _phases;

    public T Time<T>(string phase, Func<T> run)
    {
        var start = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        try
        {
            return run();
        }
        finally
        {
            _phases.Add((phase, Stopwatch.GetElapsedTime(start), Environment.CpuUsage.TotalTime - cpu));
        }
    }

    /// <summary>Where a phase timed with <see cref="Add"/> begins: for a phase that does not fit in one lambda.</summary>
    public static (long Wall, TimeSpan Cpu) Start() => (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);

    /// <summary>Records <paramref name="phase"/> as having run from <paramref name="start"/> until now.</summary>
    public void Add(string phase, (long Wall, TimeSpan Cpu) start) =>
        _phases.Add((phase, Stopwatch.GetElapsedTime(start.Wall), Environment.CpuUsage.TotalTime - start.Cpu));

    /// <summary>Records the phases of <paramref name="other"/> (timed elsewhere, on another thread perhaps) after these, their names after <paramref name="prefix"/>.</summary>
    public void Add(LoadPhases other, string prefix = "") => _phases.AddRange(other._phases.Select(p => (prefix + p.Phase, p.Took, p.Cpu)));

    /// <summary>What <see cref="Add(LoadPhases, string)"/> puts before the phases that ran at the same time as the others: the wall times of the rest do not include theirs.</summary>
    public const string Beside = "beside: ";

    public void Time(string phase, Action run) => Time(phase, () =>
    {
        run();
        return true;
    });

    public override string ToString() => string.Join(", ", _phases.Select(p => $"{p.Phase} {Seconds(p.Took)} ({Seconds(p.Cpu)} CPU)"));

    private static string Seconds(TimeSpan time) => time.TotalSeconds < 1 ? $"{time.TotalMilliseconds:F0} ms" : $"{time.TotalSeconds:F1} s";
}
