using System.Diagnostics;

namespace ResBot.Bot.Benchmarks;

/// <summary>
/// Percentiles of repeated timings, in milliseconds: wall clock, and the process's CPU time when measured. The CPU time
/// beside the wall clock because on a shared machine the wall clock also measures the other processes; the whole
/// process's (<see cref="Environment.CpuUsage"/>), not the thread's, so that garbage collections an answer causes (on
/// server GC's own threads) are counted in its time.
/// </summary>
public sealed record LatencyStats(int Samples, double P50, double P99, double Mean)
{
    /// <summary>The process's CPU time per run, p50 and p99; null when not measured.</summary>
    public (double P50, double P99)? Cpu { get; init; }

    /// <summary>
    /// Garbage collections during the timed runs and how long they paused the process: at p99 a sub-millisecond
    /// query mostly measures the collection it ran into, so the two are printed together.
    /// </summary>
    public (int Collections, double PausedMs)? Gc { get; init; }

    /// <summary>Methods the JIT compiled during the timed runs: not zero means the runs also timed the compiler.</summary>
    public long? JitMethods { get; init; }

    public static LatencyStats Measure(int samples, Action<int> run)
    {
        for (var i = 0; i < Math.Min(samples, 50); i++)
            run(i);

        var timings = new double[samples];
        var cpu = new double[samples];
        var (collections, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var i = 0; i < samples; i++)
        {
            var cpuStart = Environment.CpuUsage.TotalTime;
            var start = Stopwatch.GetTimestamp();
            run(i);
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = (Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds;
        }
        var gc = (GC.CollectionCount(0) - collections, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
        var cpuStats = Of(cpu);
        return Of(timings) with { Cpu = (cpuStats.P50, cpuStats.P99), Gc = gc, JitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitted };
    }

    /// <summary>The percentiles of timings measured elsewhere (requests in flight together, say), in milliseconds.</summary>
    public static LatencyStats Of(double[] timings)
    {
        if (timings.Length == 0)
            return new LatencyStats(0, 0, 0, 0);
        Array.Sort(timings);
        return new LatencyStats(timings.Length, Percentile(timings, 0.50), Percentile(timings, 0.99), timings.Average());
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public override string ToString() =>
        $"p50 {P50:F3} ms, p99 {P99:F3} ms, mean {Mean:F3} ms ({Samples} queries)" + (Cpu is { } cpu ? $"; CPU p50 {cpu.P50:F3} ms, p99 {cpu.P99:F3} ms" : "")
        + (Gc is { } gc ? $"; GC {gc.Collections} collections, {gc.PausedMs:F0} ms paused" : "")
        + (JitMethods is { } jit ? $"; JIT {jit:N0} methods" : "");
}
