using BriefBot.Core.Delivery;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Digests;

/// <summary>
/// Sends one subscription's digest for one local day, at most once: the ledger row is claimed ("attempted") before
/// sending and the outcome written after. Sends on each platform go one at a time, so a crash leaves at most one
/// digest per platform in doubt; a failing chat affects only itself.
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
    // Never disposed: a job still finishing during shutdown may release its gate after the container is gone.
    private readonly Dictionary<string, SemaphoreSlim> _platformGates = new(StringComparer.Ordinal);
    private readonly Lock _gatesLock = new();

    public static string IdempotencyKey(long subscriptionId, DateOnly localDate) =>
        FormattableString.Invariant($"digest-{subscriptionId}-{localDate:yyyyMMdd}");

    public async Task<DigestRunOutcome> DeliverAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        var subscription = await store.GetAsync(subscriptionId, cancellationToken);
        if (subscription is null || subscription.IsPaused)
        {
            return DigestRunOutcome.NotSubscribed;
        }

        var sender = FindSender(subscription.Platform);
        if (sender is null)
        {
            LogNoSender(logger, subscription.Platform, subscription.ChatId);
            return DigestRunOutcome.NoSender;
        }

        var claim = await ledger.TryBeginAsync(subscriptionId, localDate, IdempotencyKey(subscriptionId, localDate), time.GetUtcNow(), cancellationToken);
        if (claim is null)
        {
            return DigestRunOutcome.AlreadyHandled;
        }

        return await SendClaimedAsync(subscription, claim, sender, cancellationToken);
    }

    /// <summary>
    /// Settles a row a crash left "attempted". Re-sends with the same idempotency key only where the platform drops
    /// duplicates and the attempt is recent enough; otherwise marks it failed, since re-sending could post twice.
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
            return await SendClaimedAsync(subscription, record, sender, cancellationToken);
        }

        await ledger.MarkFailedAsync(
            record.SubscriptionId,
            record.LocalDate,
            "interrupted while sending; not re-sent, because the platform cannot tell whether it arrived",
            retryable: false,
            time.GetUtcNow(),
            CancellationToken.None);
        LogInDoubtNotResent(logger, record.SubscriptionId, record.LocalDate);
        return DigestRunOutcome.AlreadyHandled;
    }

    private async Task<DigestRunOutcome> SendClaimedAsync(Subscription subscription, DeliveryRecord claim, IChatSender sender, CancellationToken cancellationToken)
    {
        var localDate = claim.LocalDate;
        var received = await history.ReceivedAsync(subscription.Platform, subscription.ChatId, cancellationToken);
        var digest = DigestComposer.Compose(new DigestRequest(snapshots.Current, subscription.TopicIds, received, localDate, settings.Items));

        DeliveryResult result;
        var gate = GateFor(subscription.Platform);
        await gate.WaitAsync(cancellationToken);
        try
        {
            result = await sender.SendAsync(subscription.ChatId, digest.Reply, claim.IdempotencyKey, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            result = new DeliveryResult(DeliveryOutcome.Transient, ex.GetType().Name + ": " + ex.Message);
        }
        finally
        {
            gate.Release();
        }

        // The outcome is written even while shutting down: the message has left (or not) already.
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

            default:
                var retry = claim.Attempts < options.Value.MaxAttempts;
                await ledger.MarkFailedAsync(subscription.Id, localDate, result.Detail ?? "transient failure", retry, now, CancellationToken.None);
                LogTransient(logger, subscription.Platform, subscription.ChatId, claim.Attempts, result.Detail ?? "transient failure", retry);
                return retry ? DigestRunOutcome.RetryLater : DigestRunOutcome.GaveUp;
        }
    }

    private IChatSender? FindSender(string platform) =>
        senders.FirstOrDefault(s => string.Equals(s.Platform, platform, StringComparison.OrdinalIgnoreCase));

    private SemaphoreSlim GateFor(string platform)
    {
        lock (_gatesLock)
        {
            if (!_platformGates.TryGetValue(platform, out var gate))
            {
                _platformGates[platform] = gate = new SemaphoreSlim(1, 1);
            }

            return gate;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest sent to {Platform} chat {ChatId} for {LocalDate} with {Items} reading items")]
    private static partial void LogSent(ILogger logger, string platform, string chatId, DateOnly localDate, int items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest subscription of {Platform} chat {ChatId} paused: the chat refused delivery ({Detail})")]
    private static partial void LogPaused(ILogger logger, string platform, string chatId, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest to {Platform} chat {ChatId} failed on attempt {Attempt}: {Detail}; will retry: {WillRetry}")]
    private static partial void LogTransient(ILogger logger, string platform, string chatId, int attempt, string detail, bool willRetry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No chat sender for platform {Platform} in this process; digest for chat {ChatId} not sent")]
    private static partial void LogNoSender(ILogger logger, string platform, string chatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-sending the interrupted digest to {Platform} chat {ChatId} for {LocalDate} with its original idempotency key")]
    private static partial void LogResendingInDoubt(ILogger logger, string platform, string chatId, DateOnly localDate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest of subscription {SubscriptionId} for {LocalDate} was interrupted while sending; not re-sent, to avoid a duplicate")]
    private static partial void LogInDoubtNotResent(ILogger logger, long subscriptionId, DateOnly localDate);
}
