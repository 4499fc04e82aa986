using BriefBot.Core.Subscriptions;
using Quartz;

namespace BriefBot.Digests;

/// <summary>
/// One Quartz trigger per chat, named for the chat, firing once at the instant the <see cref="DigestPlanner"/>
/// computed. Each run schedules the next, so daylight saving is handled by our tested calculation rather than
/// by a cron expression.
/// </summary>
internal sealed class DigestTriggers(ISchedulerFactory schedulers)
{
    public static TriggerKey KeyFor(string platform, string chatId) => new($"{platform}:{chatId}", "digests");

    public async Task ScheduleAsync(Subscription subscription, DateOnly localDate, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(KeyFor(subscription.Platform, subscription.ChatId))
            .ForJob(DeliverDigestJob.Key)
            .UsingJobData(DeliverDigestJob.SubscriptionIdKey, subscription.Id)
            .UsingJobData(DeliverDigestJob.LocalDateKey, localDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task UnscheduleAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJob(KeyFor(platform, chatId), cancellationToken);
    }

    /// <summary>When the chat's trigger fires next, or null if it has none (tests and diagnostics).</summary>
    public async Task<DateTimeOffset?> NextFireAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(KeyFor(platform, chatId), cancellationToken);
        return trigger?.NextFireTimeUtc;
    }
}
