using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ResBot.Bot.Benchmarks;

/// <summary>
/// The CPU time the whole process has used, to the nanosecond where the OS has a clock for it (Linux's
/// CLOCK_PROCESS_CPUTIME_ID), else the coarser <see cref="Process.TotalProcessorTime"/>. Beside the wall clock because
/// on a shared machine the wall clock also measures the other processes; the whole process's, not the thread's, so
/// that garbage collections an answer causes (on server GC's own threads) are counted in its time.
/// </summary>
public static class ProcessCpuClock
{
    private const int ClockProcessCpuTime = 2;

    private static readonly bool HasClock = OperatingSystem.IsLinux() && TryRead(out _);

    public static TimeSpan Now()
    {
        if (HasClock && TryRead(out var now))
            return now;
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static bool TryRead(out TimeSpan now)
    {
        now = default;
        try
        {
            if (ClockGetTime(ClockProcessCpuTime, out var spec) != 0)
                return false;
            now = TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport, not LibraryImport: the generated marshalling needs unsafe code, and a blittable out struct needs none.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054
}
