using BriefBot.Core.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefBot.Operations;

/// <summary>
/// Ready while every configured transport has heard from its platform within its expected interval (Telegram's
/// long polls answer, Discord's gateway is READY and acknowledges heartbeats). No transport at all is not ready.
/// </summary>
internal sealed class TransportHealthCheck(IEnumerable<PlatformContact> contacts) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var all = contacts.ToList();
        if (all.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("no transport is configured: " + MissingTransport.Keys));
        }

        var problems = all.Select(c => c.Problem()).OfType<string>().ToList();
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy(string.Join(", ", all.Select(c => c.Platform)) + ": in contact")
            : HealthCheckResult.Unhealthy(string.Join("; ", problems)));
    }
}
