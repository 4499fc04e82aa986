using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Quartz;

namespace BriefBot.Intake.Feeds;

/// <summary>The Quartz job that polls every due feed, every <see cref="FeedOptions.PollInterval"/>.</summary>
[DisallowConcurrentExecution]
internal sealed partial class PollFeedsJob(FeedPoller poller, ILogger<PollFeedsJob> logger) : IJob
{
    public static readonly JobKey Key = new("poll-feeds", "feeds");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await poller.PollDueAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException e)
        {
            LogOnHold(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feeds not polled: the database is not available ({Problem})")]
    private static partial void LogOnHold(ILogger logger, string problem);
}
