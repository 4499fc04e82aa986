using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace BriefBot.Digests;

/// <summary>
/// On start: settles deliveries a crash left in doubt, rebuilds every digest trigger from the subscriptions
/// (catching up today's digests that fell due while the bot was down), and starts the periodic resync.
/// </summary>
internal sealed partial class DigestStartupService(
    DigestRunner runner,
    IEnumerable<IStorageHealth> storage,
    ISchedulerFactory schedulers,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestStartupService> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when start-up scheduling is done (tests wait on it).</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // A database that cannot be opened yet is retried by the storage; digests start once it opens.
            foreach (var health in storage)
            {
                await health.WaitUntilAvailableAsync(stoppingToken);
            }

            await runner.ResolveInDoubtAsync(stoppingToken);
            await runner.ResyncAsync(stoppingToken);
            var interval = options.Value.ResyncInterval;
            var scheduler = await schedulers.GetScheduler(stoppingToken);
            var resync = TriggerBuilder.Create()
                .WithIdentity("resync-digests", "digests")
                .ForJob(ResyncDigestsJob.Key)
                .StartAt(time.GetUtcNow() + interval)
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            await scheduler.ScheduleJob(resync, ScheduleJobOptions.Replacing, stoppingToken);
            _ready.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _ready.TrySetCanceled(stoppingToken);
        }
        catch (Exception ex)
        {
            LogStartupFailed(logger, ex);
            _ready.TrySetException(ex);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest scheduling failed to start")]
    private static partial void LogStartupFailed(ILogger logger, Exception exception);
}
