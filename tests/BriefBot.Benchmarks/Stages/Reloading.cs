using System.Diagnostics;
using BriefBot.Benchmarks.Corpus;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Reloading;

namespace BriefBot.Benchmarks.Stages;

internal sealed record ReloadResult(
    double AnswersPerSecondBefore,
    double AnswersPerSecondDuring,
    double WorstDuringMs,
    double WorstAroundSwapMs,
    double P99DuringMs,
    TimeSpan ReloadElapsed,
    int AnswersDuring,
    string Outcome,
    double WorstBeforeMs,
    TimeSpan GcPauseDuring,
    int Gen2During,
    int GcDuring,
    Measuring.Latencies GcPausesDuring,
    string CollectionOfLongestPause);

/// <summary>
/// A reload through the real <see cref="ReloadCoordinator"/> while askers keep asking: answers per second before and
/// during, the worst answer while it ran, and the worst answer within a second either side of the swap.
/// </summary>
internal static class Reloading
{
    /// <param name="perAskerPerSecond">Each asker's pace; null asks back to back (saturating every core).</param>
    public static ReloadResult Run(BotUnderTest bot, Func<KnowledgeSnapshot> build, IReadOnlyList<Query> workload, int askers, TimeSpan baseline, int? perAskerPerSecond)
    {
        using var gcPauses = new Measuring.GcPauses();
        var coordinator = new ReloadCoordinator(bot.Holder, build, TimeProvider.System);
        var stop = 0;
        var samples = new List<(long At, double Ms)>[askers];
        var threads = Enumerable.Range(0, askers).Select(t => new Thread(() =>
        {
            var mine = samples[t] = new List<(long, double)>(100_000);
            var i = workload.Count * t / askers;
            var first = Stopwatch.GetTimestamp();
            long asked = 0;
            while (Volatile.Read(ref stop) == 0)
            {
                if (perAskerPerSecond is { } pace && Stopwatch.GetElapsedTime(first).TotalSeconds * pace < asked)
                {
                    Thread.Sleep(1);
                    continue;
                }

                asked++;
                var started = Stopwatch.GetTimestamp();
                bot.Ask(workload[i++ % workload.Count].Text);
                var ended = Stopwatch.GetTimestamp();
                mine.Add((ended, Stopwatch.GetElapsedTime(started, ended).TotalMilliseconds));
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        var baselineStart = Stopwatch.GetTimestamp();
        Thread.Sleep(baseline);
        var before = bot.Holder.Current;
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var gcBefore = GC.CollectionCount(0);
        var reloadStart = Stopwatch.GetTimestamp();
        var reloadStartUtc = DateTime.UtcNow;
        long swapAt = 0;
        var watcher = new Thread(() =>
        {
            // Notes when the new snapshot comes into force, to find the answers either side of the swap.
            while (ReferenceEquals(bot.Holder.Current, before) && Volatile.Read(ref stop) == 0)
            {
                Thread.Sleep(1);
            }

            Interlocked.Exchange(ref swapAt, Stopwatch.GetTimestamp());
        });
        watcher.Start();
        var report = coordinator.ReloadAsync("benchmark").GetAwaiter().GetResult();
        var reloadEnd = Stopwatch.GetTimestamp();
        var reloadEndUtc = DateTime.UtcNow;
        var pauseDuring = GC.GetTotalPauseDuration() - pauseBefore;
        var gen2During = GC.CollectionCount(2) - gen2Before;
        var gcDuring = GC.CollectionCount(0) - gcBefore;
        Thread.Sleep(TimeSpan.FromSeconds(1));
        Volatile.Write(ref stop, 1);
        threads.ForEach(t => t.Join());
        watcher.Join();

        var all = samples.SelectMany(s => s).ToList();
        var beforeCount = all.Count(s => s.At >= baselineStart && s.At < reloadStart);
        var worstBefore = all.Where(s => s.At >= baselineStart && s.At < reloadStart).Select(s => s.Ms).DefaultIfEmpty(double.NaN).Max();
        var during = all.Where(s => s.At >= reloadStart && s.At <= reloadEnd).Select(s => s.Ms).ToList();
        var second = Stopwatch.Frequency;
        var swap = Interlocked.Read(ref swapAt);
        var aroundSwap = swap == 0 ? [] : all.Where(s => s.At >= swap - second && s.At <= swap + second).Select(s => s.Ms).ToList();
        var duringLatencies = new Measuring.Latencies();
        duringLatencies.AddRange(during);
        return new ReloadResult(
            beforeCount / Stopwatch.GetElapsedTime(baselineStart, reloadStart).TotalSeconds,
            during.Count / Stopwatch.GetElapsedTime(reloadStart, reloadEnd).TotalSeconds,
            during.Count == 0 ? double.NaN : during.Max(),
            aroundSwap.Count == 0 ? double.NaN : aroundSwap.Max(),
            duringLatencies.P99,
            Stopwatch.GetElapsedTime(reloadStart, reloadEnd),
            during.Count,
            report.Applied ? $"applied ({report.ArticleCount} articles)" : $"refused: {report.Problem}",
            worstBefore,
            pauseDuring,
            gen2During,
            gcDuring,
            gcPauses.Between(reloadStartUtc, reloadEndUtc),
            gcPauses.CollectionOfLongest(reloadStartUtc, reloadEndUtc));
    }
}
