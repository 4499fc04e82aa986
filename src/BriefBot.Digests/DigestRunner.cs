using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace BriefBot.Digests;

/// <summary>
/// Keeps each subscription's trigger pointing at its next delivery, runs deliveries when triggers fire, and settles
/// what a crash left behind. Triggers are rebuilt from the database (no persistent Quartz store), at start-up and
/// periodically, so they survive restarts and follow changes made by another process.
/// </summary>
internal sealed partial class DigestRunner(
    ISubscriptionStore store,
    IDeliveryLedger ledger,
    DigestDeliverer deliverer,
    DigestTriggers triggers,
    IOptions<DigestOptions> options,
    IEnumerable<IDigestRunObserver> runObservers,
    IEnumerable<ClusterMembership> cluster,
    TimeProvider time,
    ILogger<DigestRunner> logger) : ISubscriptionChangeObserver
{
    /// <summary>
    /// Settles the deliveries a crash left "attempted". Alone, at start-up only (while running, such rows are sends in
    /// progress). In a cluster another instance may be sending right now, so only rows older than twice the failover
    /// time are settled, at start-up and at each resync: their instance is gone.
    /// </summary>
    public async Task ResolveInDoubtAsync(CancellationToken cancellationToken)
    {
        var before = cluster.FirstOrDefault() is { } member ? time.GetUtcNow() - (2 * member.Failover) : DateTimeOffset.MaxValue;
        foreach (var record in await ledger.ListInDoubtAsync(cancellationToken))
        {
            if (record.AttemptedAt >= before)
            {
                continue;
            }

            await deliverer.ResolveInDoubtAsync(record, cancellationToken);
        }
    }

    /// <summary>Points every active subscription's trigger at its next delivery (a catch-up is due at once).</summary>
    public async Task ResyncAsync(CancellationToken cancellationToken)
    {
        var subscriptions = await store.ListActiveAsync(cancellationToken);
        foreach (var subscription in subscriptions)
        {
            await ScheduleNextAsync(subscription, cancellationToken);
        }

        LogResynced(logger, subscriptions.Count);
    }

    /// <summary>A trigger fired: deliver that day's digest, then schedule what comes next (a retry, or the next day).</summary>
    public async Task<DigestRunOutcome> RunAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        var outcome = await deliverer.DeliverAsync(subscriptionId, localDate, cancellationToken);
        if (!cancellationToken.IsCancellationRequested)
        {
            // While stopping, the scheduler takes no more triggers; the start-up rebuild schedules what comes next.
            try
            {
                await ScheduleAfterRunAsync(subscriptionId, localDate, outcome);
            }
            catch (SchedulerException ex)
            {
                // The scheduler shut down while this digest was on the wire: the next resync (here or on another
                // instance) or the restart sets the chat's next trigger.
                LogNotRescheduled(logger, subscriptionId, ex.Message);
            }
        }

        foreach (var observer in runObservers)
        {
            await observer.RunCompletedAsync(subscriptionId, localDate, outcome);
        }

        return outcome;
    }

    private async Task ScheduleAfterRunAsync(long subscriptionId, DateOnly localDate, DigestRunOutcome outcome)
    {
        var subscription = await store.GetAsync(subscriptionId, CancellationToken.None);
        if (subscription is null || subscription.IsPaused)
        {
            return;
        }

        var zone = TimeZoneLookup.FindOrUtc(subscription.TimeZoneId);
        if (outcome == DigestRunOutcome.NotDue)
        {
            await triggers.ScheduleAsync(subscription, localDate, DeliverySchedule.DueAt(localDate, subscription.TimeOfDay, zone), CancellationToken.None);
            return;
        }

        var retryAt = time.GetUtcNow() + options.Value.RetryDelay;
        if (outcome == DigestRunOutcome.RetryLater && DeliverySchedule.LocalDate(retryAt, zone) == localDate)
        {
            await triggers.ScheduleAsync(subscription, localDate, retryAt, CancellationToken.None);
            return;
        }

        // The day is settled (or cannot be retried before it ends): next is the first delivery after this day's.
        var dueThatDay = DeliverySchedule.DueAt(localDate, subscription.TimeOfDay, zone);
        var after = dueThatDay > time.GetUtcNow() ? dueThatDay : time.GetUtcNow();
        var (nextDate, nextAt) = DeliverySchedule.NextAfter(after, subscription.TimeOfDay, zone);
        if (nextDate <= localDate)
        {
            (nextDate, nextAt) = (localDate.AddDays(1), DeliverySchedule.DueAt(localDate.AddDays(1), subscription.TimeOfDay, zone));
        }

        await triggers.ScheduleAsync(subscription, nextDate, nextAt, CancellationToken.None);
    }

    public async Task SubscriptionChangedAsync(string platform, string chatId, Subscription? subscription, CancellationToken cancellationToken)
    {
        if (subscription is null || subscription.IsPaused)
        {
            await triggers.UnscheduleAsync(platform, chatId, cancellationToken);
            return;
        }

        await ScheduleNextAsync(subscription, cancellationToken);
    }

    private async Task ScheduleNextAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var zone = TimeZoneLookup.FindOrUtc(subscription.TimeZoneId);
        var today = await ledger.FindAsync(subscription.Id, DeliverySchedule.LocalDate(now, zone), cancellationToken);
        var due = DigestPlanner.Next(subscription, today, now);
        var at = due.At;
        if (due.CatchUp && today is { State: DeliveryState.Failed, FinishedAt: { } failedAt })
        {
            // A retry still waits out its delay, even when the triggers are rebuilt in between.
            at = failedAt + options.Value.RetryDelay > now ? failedAt + options.Value.RetryDelay : now;
        }
        else if (due.CatchUp)
        {
            LogCatchUp(logger, subscription.Platform, subscription.ChatId, due.LocalDate);
        }

        await triggers.ScheduleAsync(subscription, due.LocalDate, at, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The next digest of subscription {SubscriptionId} is left to the next trigger rebuild: {Reason}")]
    private static partial void LogNotRescheduled(ILogger logger, long subscriptionId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest triggers rebuilt for {Count} active subscriptions")]
    private static partial void LogResynced(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {Platform} chat {ChatId} fell due on {LocalDate} while it was not sent: sending it now")]
    private static partial void LogCatchUp(ILogger logger, string platform, string chatId, DateOnly localDate);
}
