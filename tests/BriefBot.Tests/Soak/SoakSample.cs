using System.Diagnostics;

namespace BriefBot.Tests.Soak;

/// <summary>What the process holds after a round: managed heap after a full collection, timers, sockets, threads.</summary>
internal sealed record SoakSample(int Round, long Commands, long HeapBytes, long WorkingSetBytes, long Timers, int Sockets, int Threads, long PendingWorkItems)
{
    public static SoakSample Take(int round, long commands)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return new SoakSample(
            round,
            commands,
            GC.GetTotalMemory(forceFullCollection: true),
            process.WorkingSet64,
            Timer.ActiveCount,
            OpenSockets(),
            ThreadPool.ThreadCount,
            ThreadPool.PendingWorkItemCount);
    }

    public override string ToString() =>
        $"round {Round,3}: {Commands,7} commands, heap {HeapBytes / 1048576.0,6:0.0} MB, working set {WorkingSetBytes / 1048576.0,6:0.0} MB, "
        + $"{Timers} timers, {Sockets} sockets, {Threads} pool threads, {PendingWorkItems} queued items";

    /// <summary>Sockets this process has open (Linux: /proc/self/fd links to "socket:[…]"); -1 elsewhere.</summary>
    private static int OpenSockets()
    {
        if (!Directory.Exists("/proc/self/fd"))
        {
            return -1;
        }

        var count = 0;
        foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true)
                {
                    count++;
                }
            }
            catch (IOException)
            {
                // The descriptor closed while we looked.
            }
        }

        return count;
    }
}
