using System.Diagnostics.Metrics;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Reloading;

namespace BriefBot.Core.Operations;

/// <summary>What the snapshot in force holds, and how each reload went.</summary>
public sealed class SnapshotMetrics
{
    private readonly Histogram<double> _reloads;

    public SnapshotMetrics(ISnapshotSource snapshots, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var meter = BriefBotMeter.Create(meterFactory);
        meter.CreateObservableGauge("briefbot.snapshot.articles", () => snapshots.Current.Articles.Count, unit: "{article}", description: "Articles in the snapshot in force.");
        meter.CreateObservableGauge("briefbot.snapshot.entities", () => snapshots.Current.Entities.Count, unit: "{entity}", description: "Entities in the snapshot in force.");
        _reloads = meter.CreateHistogram<double>(
            "briefbot.reload.duration",
            unit: "s",
            description: "How long each reload took, by result (applied or refused).",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 60, 120] });
    }

    public void Reloaded(ReloadReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _reloads.Record(report.Duration.TotalSeconds, new KeyValuePair<string, object?>("result", report.Applied ? "applied" : "refused"));
    }
}
