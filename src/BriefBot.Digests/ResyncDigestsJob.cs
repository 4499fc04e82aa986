using Quartz;

namespace BriefBot.Digests;

/// <summary>Rebuilds every digest trigger from the subscriptions: at start-up, then every <see cref="DigestOptions.ResyncInterval"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class ResyncDigestsJob(DigestRunner runner) : IJob
{
    public static readonly JobKey Key = new("resync-digests", "digests");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runner.ResyncAsync(cancellationToken);
}
