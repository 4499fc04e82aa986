using Quartz;

namespace BriefBot.Digests;

/// <summary>Rebuilds every digest trigger from the subscriptions: at start-up, then every <see cref="DigestOptions.ResyncInterval"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class ResyncDigestsJob(DigestRunner runner, IEnumerable<ClusterMembership> cluster) : IJob
{
    public static readonly JobKey Key = new("resync-digests", "digests");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (cluster.Any())
        {
            // In a cluster no instance restarts to settle what a dead one left in doubt: the resync does.
            await runner.ResolveInDoubtAsync(cancellationToken);
        }

        await runner.ResyncAsync(cancellationToken);
    }
}
