using BriefBot.Core.Delivery;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Digests;

/// <summary>
/// Sends one subscription's digest for one local day, at most once. The ledger row is claimed ("attempted") when the
/// digest's turn has come — after the sender's pacing wait, just before its first request leaves — given back while
/// the sender waits to retry after refusals only, claimed again before the next attempt, and the outcome is written
/// after. So a kill leaves in doubt only what was (or may have been) on the wire, and a digest stopped while it waited
/// (SIGTERM) has either claimed nothing or gives its claim back, and goes out after the restart. Digests to different chats go
/// side by side (the sender keeps the platform's limits), so a failing chat delays only itself.
/// </summary>
public sealed partial class DigestDeliverer(
    ISubscriptionStore store,
    IDeliveryLedger ledger,
    IReadingHistory history,
    ISnapshotSource snapshots,
    IEnumerable<IChatSender> senders,
    DigestSettings settings,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestDeliverer> logger)
{
    public static string IdempotencyKey(long subscriptionId, DateOnly localDate) =>
        FormattableString.Invariant($"digest-{subscriptionId}-{localDate:yyyyMMdd}");

    public async Task<DigestRunOutcome> DeliverAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        var subscription = await store.GetAsync(subscriptionId, cancellationToken);
        if (subscription is null || subscription.IsPaused)
        {
            return DigestRunOutcome.NotSubscribed;
        }

        // A firing recovered on another instance carries the trigger's data as it stands then: if the trigger has
        // meanwhile been moved on to the next day, the date is one whose digest is not due yet.
        if (DeliverySchedule.DueAt(localDate, subscription.TimeOfDay, TimeZoneLookup.FindOrUtc(subscription.TimeZoneId)) > time.GetUtcNow())
        {
            return DigestRunOutcome.NotDue;
        }

        var sender = FindSender(subscription.Platform);
        if (sender is null)
        {
            LogNoSender(logger, subscription.Platform, subscription.ChatId);
            return DigestRunOutcome.NoSender;
        }

        // A cheap early look: most repeated runs (a restart, a duplicate trigger) stop here without waiting a turn.
        if (await ledger.FindAsync(subscriptionId, localDate, cancellationToken) is { } seen && !(seen is { State: DeliveryState.Failed, Retryable: true }))
        {
            return DigestRunOutcome.AlreadyHandled;
        }

        var digest = await ComposeAsync(subscription, localDate, cancellationToken);
        var key = IdempotencyKey(subscriptionId, localDate);
        var claim = new LedgerClaim(ledger, subscriptionId, localDate, key, time, logger);
        DeliveryResult result;
        try
        {
            result = await sender.SendAsync(subscription.ChatId, digest.Reply, key, claim, cancellationToken);
        }
        catch (AlreadyClaimedException)
        {
            return DigestRunOutcome.AlreadyHandled;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (claim.IsHeld)
            {
                // Stopped before anything left (the sender says so by throwing): the day is open again for the restart.
                await claim.GiveBackAsync(CancellationToken.None);
                LogReleased(logger, subscription.Platform, subscription.ChatId, localDate);
            }

            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && claim.Record is not null)
        {
            // The sender threw, so it answered nothing about a message on its way: not delivered, for now.
            result = new DeliveryResult(DeliveryOutcome.Transient, ex.GetType().Name + ": " + ex.Message);
        }

        // Outside the catches above: once the sender has answered, the message may have left, so a failure to record the
        // outcome must neither give the claim back nor be taken for a failed send. It propagates, and the row stays
        // "attempted": in doubt, settled later as unknown (or re-sent with its key where the platform drops repeats).
        return await RecordUnderClaimAsync(subscription, claim, digest, result);
    }

    /// <summary>
    /// Writes the outcome under the claim. A sender may end while the claim is given back (in a wait after a refusal,
    /// when its transport stopped): it is taken again first, unless another run has the day by then.
    /// </summary>
    private async Task<DigestRunOutcome> RecordUnderClaimAsync(Subscription subscription, LedgerClaim claim, ComposedDigest digest, DeliveryResult result)
    {
        try
        {
            await claim.TakeAsync(CancellationToken.None);
        }
        catch (AlreadyClaimedException)
        {
            return DigestRunOutcome.AlreadyHandled;
        }

        return await RecordAsync(subscription, claim.Record!, digest, result);
    }

    /// <summary>
    /// Settles a row a crash left "attempted". Re-sends with the same idempotency key only where the platform drops
    /// duplicates and the attempt is recent enough; otherwise records it unknown, since re-sending could post twice.
    /// </summary>
    public async Task<DigestRunOutcome> ResolveInDoubtAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var subscription = await store.GetAsync(record.SubscriptionId, cancellationToken);
        var sender = subscription is null ? null : FindSender(subscription.Platform);
        var age = time.GetUtcNow() - record.AttemptedAt;
        if (subscription is { IsPaused: false } && sender is IIdempotentChatSender idempotent && age < idempotent.DeduplicationWindow)
        {
            LogResendingInDoubt(logger, subscription.Platform, subscription.ChatId, record.LocalDate);
            var digest = await ComposeAsync(subscription, record.LocalDate, cancellationToken);
            DeliveryResult result;
            try
            {
                result = await sender.SendAsync(subscription.ChatId, digest.Reply, record.IdempotencyKey, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                result = new DeliveryResult(DeliveryOutcome.Transient, ex.GetType().Name + ": " + ex.Message);
            }

            return await RecordAsync(subscription, record, digest, result);
        }

        await ledger.MarkUnknownAsync(
            record.SubscriptionId,
            record.LocalDate,
            "interrupted while sending; not re-sent, because the platform cannot tell whether it arrived",
            time.GetUtcNow(),
            CancellationToken.None);
        LogInDoubtNotResent(logger, record.SubscriptionId, record.LocalDate);
        return DigestRunOutcome.InDoubt;
    }

    private async Task<ComposedDigest> ComposeAsync(Subscription subscription, DateOnly localDate, CancellationToken cancellationToken)
    {
        var received = await history.ReceivedAsync(subscription.Platform, subscription.ChatId, cancellationToken);
        // New articles: those added since the chat's previous digest (its first: since it subscribed).
        var since = await ledger.LastSentBeforeAsync(subscription.Id, localDate, cancellationToken) ?? subscription.CreatedAt;
        var replies = snapshots.Replies;
        return DigestComposer.Compose(new DigestRequest(replies.Snapshot, subscription.TopicIds, received, localDate, settings.Items, NewSince: since) { Briefings = replies });
    }

    /// <summary>Writes a claimed digest's outcome, even while shutting down: the message has left (or not) already.</summary>
    private async Task<DigestRunOutcome> RecordAsync(Subscription subscription, DeliveryRecord claim, ComposedDigest digest, DeliveryResult result)
    {
        var localDate = claim.LocalDate;
        var now = time.GetUtcNow();
        switch (result.Outcome)
        {
            case DeliveryOutcome.Sent:
                await ledger.MarkSentAsync(
                    subscription.Id,
                    localDate,
                    new DigestItems(subscription.Platform, subscription.ChatId, digest.ReadingIds, digest.RotationRestarted),
                    now,
                    CancellationToken.None);
                LogSent(logger, subscription.Platform, subscription.ChatId, localDate, digest.ReadingIds.Count);
                return DigestRunOutcome.Sent;

            case DeliveryOutcome.Forbidden:
                var reason = "the chat refused the digest" + (result.Detail is null ? string.Empty : $" ({result.Detail})");
                await ledger.MarkFailedAsync(subscription.Id, localDate, reason, retryable: false, now, CancellationToken.None);
                await store.PauseAsync(subscription.Id, reason, CancellationToken.None);
                LogPaused(logger, subscription.Platform, subscription.ChatId, result.Detail ?? "forbidden");
                return DigestRunOutcome.Paused;

            case DeliveryOutcome.Unknown:
                // At most once: sending again could post the digest twice (RELIABILITY.md, "Digests").
                var doubt = "no answer, it may have arrived; not re-sent: " + (result.Detail ?? "unknown");
                await ledger.MarkUnknownAsync(subscription.Id, localDate, doubt, now, CancellationToken.None);
                LogInDoubt(logger, subscription.Platform, subscription.ChatId, localDate, result.Detail ?? "unknown");
                return DigestRunOutcome.InDoubt;

            default:
                var retry = claim.Attempts < options.Value.MaxAttempts;
                await ledger.MarkFailedAsync(subscription.Id, localDate, result.Detail ?? "transient failure", retry, now, CancellationToken.None);
                LogTransient(logger, subscription.Platform, subscription.ChatId, claim.Attempts, result.Detail ?? "transient failure", retry);
                return retry ? DigestRunOutcome.RetryLater : DigestRunOutcome.GaveUp;
        }
    }

    private IChatSender? FindSender(string platform) =>
        senders.FirstOrDefault(s => string.Equals(s.Platform, platform, StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest sent to {Platform} chat {ChatId} for {LocalDate} with {Items} reading items")]
    private static partial void LogSent(ILogger logger, string platform, string chatId, DateOnly localDate, int items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest subscription of {Platform} chat {ChatId} paused: the chat refused delivery ({Detail})")]
    private static partial void LogPaused(ILogger logger, string platform, string chatId, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest to {Platform} chat {ChatId} failed on attempt {Attempt}: {Detail}; will retry: {WillRetry}")]
    private static partial void LogTransient(ILogger logger, string platform, string chatId, int attempt, string detail, bool willRetry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest to {Platform} chat {ChatId} for {LocalDate} got no answer and may have arrived ({Detail}); recorded as unknown, not re-sent")]
    private static partial void LogInDoubt(ILogger logger, string platform, string chatId, DateOnly localDate, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest to {Platform} chat {ChatId} for {LocalDate} was stopped before it was sent; it goes out after the restart")]
    private static partial void LogReleased(ILogger logger, string platform, string chatId, DateOnly localDate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No chat sender for platform {Platform} in this process; digest for chat {ChatId} not sent")]
    private static partial void LogNoSender(ILogger logger, string platform, string chatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-sending the interrupted digest to {Platform} chat {ChatId} for {LocalDate} with its original idempotency key")]
    private static partial void LogResendingInDoubt(ILogger logger, string platform, string chatId, DateOnly localDate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest of subscription {SubscriptionId} for {LocalDate} was interrupted while sending; not re-sent, to avoid a duplicate")]
    private static partial void LogInDoubtNotResent(ILogger logger, long subscriptionId, DateOnly localDate);
}
