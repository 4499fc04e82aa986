using System.Diagnostics;

namespace BriefBot.Benchmarks.Measuring;

/// <summary>Managed heap after a full collection, and the process's peak resident memory.</summary>
internal static class Memory
{
    public static long ManagedAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>VmHWM on Linux (the kernel's high-water mark), otherwise the runtime's peak working set.</summary>
    public static long PeakResident()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                    return kb * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public static long Resident()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
