using Quartz;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>Hears Quartz start each job, so a test can wait until the scheduler has as many jobs running as it allows.</summary>
internal sealed class StartedJobs(int count) : IJobListener
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;

    public string Name => "started-jobs";

    public Task Reached => _reached.Task;

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _started) >= count)
        {
            _reached.TrySetResult();
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
