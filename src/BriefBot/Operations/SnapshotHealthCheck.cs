using BriefBot.Content;
using BriefBot.Core.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefBot.Operations;

/// <summary>Ready once a snapshot has been built from the content folder (an empty folder counts; a missing one does not).</summary>
internal sealed class SnapshotHealthCheck(ISnapshotSource snapshots, ContentLoader loader) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = snapshots.Current;
        return Task.FromResult(ReferenceEquals(current, KnowledgeSnapshot.Empty)
            ? HealthCheckResult.Unhealthy($"no snapshot is loaded: the content folder {loader.Folder} was not read (yet).")
            : HealthCheckResult.Healthy($"{current.Articles.Count} articles, {current.Entities.Count} entities"));
    }
}
