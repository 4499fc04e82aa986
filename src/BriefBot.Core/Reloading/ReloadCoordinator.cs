using System.Runtime;
using BriefBot.Core.Briefings;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Reloading;

/// <summary>
/// Rebuilds the snapshot off the answering path and swaps it in whole. Reloads asked for while one runs
/// join it and get its report. Unusable content (missing folder, every file rejected) keeps the old snapshot.
/// Briefings on the new snapshot are composed before it is swapped in, so the first asks after a reload are as
/// quick as any (the old snapshot answers meanwhile).
/// </summary>
public sealed class ReloadCoordinator(SnapshotHolder holder, Func<KnowledgeSnapshot> build, TimeProvider time, SnapshotWarming warming = SnapshotWarming.BeforeSwap)
{
    private readonly Lock _gate = new();
    private Task<ReloadReport>? _running;

    /// <summary>The last finished reload, for /stats.</summary>
    public ReloadReport? Last { get; private set; }

    /// <summary>Raised after every reload, applied or not (the content watcher logs it; tests wait on it).</summary>
    public event Action<ReloadReport>? Completed;

    public Task<ReloadReport> ReloadAsync(string requestedBy)
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false } running)
            {
                return running;
            }

            _running = Task.Run(() => Reload(requestedBy));
            return _running;
        }
    }

    private ReloadReport Reload(string requestedBy)
    {
        var started = time.GetTimestamp();
        var before = holder.Current;
        ReloadReport report;
        // While two snapshots are live and the build allocates fast, a blocking gen 2 collection would stop every
        // answer for as long as it takes to mark both; background gen 2 collections keep answering.
        var latencyMode = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        try
        {
            var next = build();
            if (next.Articles.Count == 0 && next.Rejected.Count > 0)
            {
                report = ReloadReport.Refused(
                    $"every file in the content folder was rejected ({next.Rejected.Count}), so I kept the {before.Articles.Count} articles I had.",
                    requestedBy, time.GetUtcNow(), time.GetElapsedTime(started), before, next.Rejected);
            }
            else
            {
                var replies = new ComposedReplies(next);
                if (warming == SnapshotWarming.BeforeSwap)
                {
                    BriefingWarmer.Warm(replies, parallelism: BuildParallelism.BesideAnswers);
                }

                holder.Swap(replies);

                report = ReloadReport.Compare(before, next, requestedBy, time.GetUtcNow(), time.GetElapsedTime(started));
            }
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            var problem = ex is DirectoryNotFoundException
                ? $"the content folder is missing, so I kept the {before.Articles.Count} articles I had."
                : $"the content folder could not be read ({ex.Message}), so I kept the {before.Articles.Count} articles I had.";
            report = ReloadReport.Refused(problem, requestedBy, time.GetUtcNow(), time.GetElapsedTime(started), before, []);
        }
        finally
        {
            GCSettings.LatencyMode = latencyMode;
        }

        Last = report;
        Completed?.Invoke(report);
        return report;
    }
}
