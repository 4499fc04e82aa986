using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefBot.Operations;

/// <summary>Ready while the database answers a trivial query, through whichever store is registered.</summary>
internal sealed class DatabaseHealthCheck(IEnumerable<IDatabaseProbe> probes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var probe in probes)
            {
                await probe.ProbeAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the database does not answer: " + ex.Message);
        }

        return HealthCheckResult.Healthy("the database answers");
    }
}
