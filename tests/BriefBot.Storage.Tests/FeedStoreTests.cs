using BriefBot.Core.Feeds;
using BriefBot.Core.Subscriptions;

namespace BriefBot.Storage.Tests;

public sealed class FeedStoreTests : IDisposable
{
    private readonly TemporaryDatabase _db = new();

    [Fact]
    public async Task LastSentBefore_IsTheLatestDigestSentOrInDoubt_BeforeTheDay()
    {
        using var database = _db.Open();
        var subscriptions = new SqliteSubscriptionStore(database);
        var ledger = new SqliteDeliveryLedger(database);
        var subscription = await subscriptions.SaveAsync(
            new SubscriptionRequest("telegram", "5", [], new TimeOnly(8, 0), "UTC", "u", _db.Time.GetUtcNow()), CancellationToken.None);
        var monday = new DateOnly(2026, 11, 30);
        var at = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        await ledger.TryBeginAsync(subscription.Id, monday, "k1", at, CancellationToken.None);
        await ledger.MarkSentAsync(subscription.Id, monday, new DigestItems("telegram", "5", [], false), at.AddSeconds(1), CancellationToken.None);
        await ledger.TryBeginAsync(subscription.Id, monday.AddDays(1), "k2", at.AddDays(1), CancellationToken.None);
        await ledger.MarkFailedAsync(subscription.Id, monday.AddDays(1), "down", retryable: false, at.AddDays(1), CancellationToken.None);

        Assert.Null(await ledger.LastSentBeforeAsync(subscription.Id, monday, CancellationToken.None));
        Assert.Equal(at, await ledger.LastSentBeforeAsync(subscription.Id, monday.AddDays(3), CancellationToken.None));
        IDeliveryLedger walking = new DayByDayLedger(ledger);
        Assert.Equal(at, await walking.LastSentBeforeAsync(subscription.Id, monday.AddDays(3), CancellationToken.None));
    }

    public void Dispose() => _db.Dispose();

    /// <summary>A ledger that answers only what every store must, so the interface's own look-back is what runs.</summary>
    private sealed class DayByDayLedger(IDeliveryLedger inner) : IDeliveryLedger
    {
        public Task<DeliveryRecord?> FindAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken) => inner.FindAsync(subscriptionId, localDate, cancellationToken);

        public Task<DeliveryRecord?> TryBeginAsync(long subscriptionId, DateOnly localDate, string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MarkSentAsync(long subscriptionId, DateOnly localDate, DigestItems items, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MarkFailedAsync(long subscriptionId, DateOnly localDate, string detail, bool retryable, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MarkUnknownAsync(long subscriptionId, DateOnly localDate, string detail, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task ReleaseAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<DeliveryRecord>> ListInDoubtAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
