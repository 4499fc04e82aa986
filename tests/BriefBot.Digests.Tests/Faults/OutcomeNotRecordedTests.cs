using BriefBot.Core.Knowledge;
using BriefBot.Core.Subscriptions;
using BriefBot.Digests.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>
/// Once a digest has left, nothing that goes wrong afterwards may open its day again: a database that fails just as the
/// "sent" is written leaves the row "attempted" (in doubt), not a retryable failure that the next firing would re-send.
/// </summary>
public sealed class OutcomeNotRecordedTests
{
    [Fact]
    public async Task ADigestSentWhoseOutcomeCannotBeWritten_StaysInDoubt_AndTheNextFiringDoesNotSendItAgain()
    {
        await using var host = new DigestTestHost(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero), new() { ["Digest:Scheduling"] = "false" });
        await host.StartAsync();
        await host.RunAsync("subscribe", "at 08:00 in UTC", Contexts.Private("chat-1"));
        var subscription = (await host.SubscriptionAsync("chat-1"))!;
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var day = new DateOnly(2026, 6, 1);
        var ledger = new SentNotWritten(host.Get<IDeliveryLedger>());
        var deliverer = new DigestDeliverer(
            host.Get<ISubscriptionStore>(),
            ledger,
            host.Get<IReadingHistory>(),
            host.Get<ISnapshotSource>(),
            host.Senders,
            host.Get<DigestSettings>(),
            host.Get<IOptions<DigestOptions>>(),
            host.Time,
            NullLogger<DigestDeliverer>.Instance);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => deliverer.DeliverAsync(subscription.Id, day, CancellationToken.None));

        Assert.Single(host.Sender.Sent);
        Assert.Equal(DeliveryState.Attempted, (await ledger.FindAsync(subscription.Id, day, CancellationToken.None))!.State);

        // A later firing of the same day (a retry, a recovered firing), with the database answering again.
        Assert.Equal(DigestRunOutcome.AlreadyHandled, await deliverer.DeliverAsync(subscription.Id, day, CancellationToken.None));
        Assert.Single(host.Sender.Sent);
    }

    /// <summary>The real ledger, except that writing the first "sent" fails as an unreachable database does.</summary>
    private sealed class SentNotWritten(IDeliveryLedger inner) : IDeliveryLedger
    {
        private int _failures = 1;

        public Task<DeliveryRecord?> FindAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken) =>
            inner.FindAsync(subscriptionId, localDate, cancellationToken);

        public Task<DeliveryRecord?> TryBeginAsync(long subscriptionId, DateOnly localDate, string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken) =>
            inner.TryBeginAsync(subscriptionId, localDate, idempotencyKey, at, cancellationToken);

        public Task MarkSentAsync(long subscriptionId, DateOnly localDate, DigestItems items, DateTimeOffset at, CancellationToken cancellationToken) =>
            Interlocked.Decrement(ref _failures) >= 0
                ? throw new StorageUnavailableException("the test database stopped answering")
                : inner.MarkSentAsync(subscriptionId, localDate, items, at, cancellationToken);

        public Task MarkFailedAsync(long subscriptionId, DateOnly localDate, string detail, bool retryable, DateTimeOffset at, CancellationToken cancellationToken) =>
            inner.MarkFailedAsync(subscriptionId, localDate, detail, retryable, at, cancellationToken);

        public Task MarkUnknownAsync(long subscriptionId, DateOnly localDate, string detail, DateTimeOffset at, CancellationToken cancellationToken) =>
            inner.MarkUnknownAsync(subscriptionId, localDate, detail, at, cancellationToken);

        public Task ReleaseAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken) =>
            inner.ReleaseAsync(subscriptionId, localDate, cancellationToken);

        public Task<IReadOnlyList<DeliveryRecord>> ListInDoubtAsync(CancellationToken cancellationToken) => inner.ListInDoubtAsync(cancellationToken);

        public Task<DateTimeOffset?> LastSentBeforeAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken) =>
            inner.LastSentBeforeAsync(subscriptionId, localDate, cancellationToken);
    }
}
