namespace BriefBot.Core.Subscriptions;

/// <summary>
/// One row per subscription and local date: the record that makes a digest go out at most once a day.
/// An attempt is written before sending and its outcome after, so a crash leaves a visible "attempted" row.
/// </summary>
public interface IDeliveryLedger
{
    Task<DeliveryRecord?> FindAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the day for sending: inserts an <see cref="DeliveryState.Attempted"/> row, or turns a
    /// <see cref="DeliveryState.Failed"/> retryable row back into an attempt. Returns null when the day is
    /// already sent, already being attempted, or failed for good.
    /// </summary>
    Task<DeliveryRecord?> TryBeginAsync(long subscriptionId, DateOnly localDate, string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the day sent and, in the same transaction, records the items the chat received
    /// (clearing its earlier items first when the rotation restarted).
    /// </summary>
    Task MarkSentAsync(long subscriptionId, DateOnly localDate, DigestItems items, DateTimeOffset at, CancellationToken cancellationToken);

    /// <param name="retryable">A transient failure may be attempted again the same local day; a final one may not.</param>
    Task MarkFailedAsync(long subscriptionId, DateOnly localDate, string detail, bool retryable, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The send may or may not have arrived (<see cref="DeliveryState.Unknown"/>): final for the day, never re-sent
    /// automatically, so a chat never gets the day's digest twice.
    /// </summary>
    Task MarkUnknownAsync(long subscriptionId, DateOnly localDate, string detail, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a claim back when nothing was sent (stopped while waiting its turn): the day is open again as before the
    /// claim — no row for a first attempt, the earlier retryable failure for a retry.
    /// </summary>
    Task ReleaseAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>Rows left <see cref="DeliveryState.Attempted"/>: the process stopped between attempt and outcome.</summary>
    Task<IReadOnlyList<DeliveryRecord>> ListInDoubtAsync(CancellationToken cancellationToken);

    /// <summary>
    /// When the chat's latest digest before <paramref name="localDate"/> was sent (its attempt, so nothing added while
    /// it went out is missed; a digest in doubt counts as sent), or null when none was. What a digest calls new is what
    /// was added since. This default looks back day by day over a month; a store should answer it with one query.
    /// </summary>
    async Task<DateTimeOffset?> LastSentBeforeAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        for (var day = localDate.AddDays(-1); day >= localDate.AddDays(-31); day = day.AddDays(-1))
        {
            if (await FindAsync(subscriptionId, day, cancellationToken).ConfigureAwait(false) is { State: DeliveryState.Sent or DeliveryState.Unknown } record)
            {
                return record.AttemptedAt;
            }
        }

        return null;
    }
}

public enum DeliveryState
{
    Attempted,
    Sent,
    Failed,
    /// <summary>Sent, but no answer came: it may have arrived. Final for the day; not re-sent.</summary>
    Unknown,
}

public sealed record DeliveryRecord(
    long SubscriptionId,
    DateOnly LocalDate,
    DeliveryState State,
    string IdempotencyKey,
    int Attempts,
    bool Retryable,
    DateTimeOffset AttemptedAt,
    DateTimeOffset? FinishedAt,
    string? Detail);

/// <summary>The readings a digest carried to a chat.</summary>
/// <param name="RotationRestarted">The chat had received every candidate, so its history starts afresh with these.</param>
public sealed record DigestItems(string Platform, string ChatId, IReadOnlyList<string> ReadingIds, bool RotationRestarted);
