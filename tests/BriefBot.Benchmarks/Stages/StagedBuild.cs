using System.Diagnostics;
using BriefBot.Core.Content;
using BriefBot.Core.Extraction;
using BriefBot.Core.Knowledge;

namespace BriefBot.Benchmarks.Stages;

/// <summary>
/// How long each step of a build took: reading and parsing, extraction (on a build with every core, the sentence index is
/// built beside it), the snapshot (matcher, graph, and the index when it was not built beside extraction or is not done).
/// </summary>
/// <param name="Cpu">The processor time of the whole build, on every thread (<see cref="Measuring.CpuClock"/>).</param>
/// <param name="Allocated">Bytes allocated on the managed heap during the build, by every thread.</param>
internal sealed record BuildTimes(TimeSpan Read, TimeSpan Extract, TimeSpan Snapshot, TimeSpan Cpu, long Allocated, int Collections)
{
    public TimeSpan Total => Read + Extract + Snapshot;
}

internal sealed record StagedBuildResult(KnowledgeSnapshot Snapshot, BuildTimes Times);

/// <summary>Does exactly what <see cref="KnowledgeBuilder.Build"/> does, one step at a time so each can be timed.</summary>
internal static class StagedBuild
{
    /// <param name="maxParallelism">As the bot builds: every core at start, <see cref="BuildParallelism.BesideAnswers"/> for a reload.</param>
    public static StagedBuildResult Run(Func<ContentLoadResult> read, int maxParallelism = BuildParallelism.AllCores)
    {
        var cpu = Measuring.CpuClock.Start();
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var t0 = Stopwatch.GetTimestamp();
        var content = read();
        var t1 = Stopwatch.GetTimestamp();
        var index = KnowledgeBuilder.StartIndexBesideExtraction(content.Articles, maxParallelism);
        var extraction = CorpusExtractor.Extract(content.Articles, maxParallelism);
        var t2 = Stopwatch.GetTimestamp();
        var snapshot = new KnowledgeSnapshot(content, extraction, DateTimeOffset.UtcNow, maxParallelism, index?.GetAwaiter().GetResult());
        var t3 = Stopwatch.GetTimestamp();
        return new StagedBuildResult(
            snapshot,
            new BuildTimes(Stopwatch.GetElapsedTime(t0, t1), Stopwatch.GetElapsedTime(t1, t2), Stopwatch.GetElapsedTime(t2, t3), cpu.Elapsed, GC.GetTotalAllocatedBytes() - allocated, GC.CollectionCount(0) - collections));
    }
}
