using System.Diagnostics;

namespace BriefBot.Benchmarks.Measuring;

/// <summary>
/// The processor time the whole process spends (every thread, the collector's included) while a step runs. On a machine
/// shared with other work a step's wall time swells with the waiting; its processor time mostly does not, so the two
/// together tell slow code from a busy machine.
/// </summary>
internal readonly struct CpuClock
{
    private readonly TimeSpan _started;

    private CpuClock(TimeSpan started) => _started = started;

    public static CpuClock Start() => new(Now());

    public TimeSpan Elapsed => Now() - _started;

    private static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
