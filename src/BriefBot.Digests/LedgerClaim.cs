using BriefBot.Core.Delivery;
using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;

namespace BriefBot.Digests;

/// <summary>
/// One digest's claim on its day in the delivery ledger, as the sender takes and gives it back: taken is an
/// "attempted" row; given back, the day is open again as before (<see cref="IDeliveryLedger.ReleaseAsync"/>), so a
/// kill while the sender waits out a refusal leaves the digest due, not in doubt. Ledger writes are not cancelled:
/// the claim must match the row. The sender takes and gives back one at a time.
/// </summary>
internal sealed partial class LedgerClaim(
    IDeliveryLedger ledger, long subscriptionId, DateOnly localDate, string idempotencyKey, TimeProvider time, ILogger logger) : IDeliveryClaim
{
    /// <summary>The row as last claimed; null until the first claim.</summary>
    public DeliveryRecord? Record { get; private set; }

    public bool IsHeld { get; private set; }

    public async Task TakeAsync(CancellationToken cancellationToken)
    {
        if (IsHeld)
        {
            return;
        }

        Record = await ledger.TryBeginAsync(subscriptionId, localDate, idempotencyKey, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false)
            ?? throw new AlreadyClaimedException();
        IsHeld = true;
    }

    public async Task GiveBackAsync(CancellationToken cancellationToken)
    {
        if (!IsHeld)
        {
            return;
        }

        try
        {
            await ledger.ReleaseAsync(subscriptionId, localDate, CancellationToken.None).ConfigureAwait(false);
            IsHeld = false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Still held: a kill now records it unknown, as before; the send goes on.
            LogNotGivenBack(logger, subscriptionId, localDate, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give back the claim on the digest of subscription {SubscriptionId} for {LocalDate} during its retry wait ({Reason}); it stays claimed")]
    private static partial void LogNotGivenBack(ILogger logger, long subscriptionId, DateOnly localDate, string reason);
}

/// <summary>Another run got the day first (between the early look and the turn): nothing is sent.</summary>
internal sealed class AlreadyClaimedException : Exception;
