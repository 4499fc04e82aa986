using BriefBot.Core.Feeds;
using BriefBot.Core.Subscriptions;

namespace BriefBot.Storage.Tests;

public sealed class FeedStoreTests : IDisposable
{
    private readonly TemporaryDatabase _db = new();

    [Fact]
    public async Task AFeed_IsAddedOnce_DueAtOnce_AndItsPollsKeepValidatorsErrorsAndSeenItems()
    {
        using var database = _db.Open();
        var store = new SqliteFeedStore(database);
        var at = _db.Time.GetUtcNow();
        var feed = new NewFeed("https://news.example/feed.xml", "//news.example/feed.xml", "News", "telegram:1", at, "telegram", "1");

        var added = await store.AddAsync(feed, CancellationToken.None);
        Assert.Null(await store.AddAsync(feed with { Url = "http://NEWS.example/feed.xml" }, CancellationToken.None));

        Assert.NotNull(added);
        Assert.Equal(at, added.NextPollAt);
        Assert.Null(added.LastPollAt);
        await store.RecordPollAsync(
            new FeedPollRecord(added.Id, at, "News of the day", "\"v1\"", "Mon, 02 Nov 2026 09:00:00 GMT", null, 0, false, at.AddMinutes(30), 2,
                [new SeenFeedItem("a", "added", "a.md", null), new SeenFeedItem("b", "refused", null, "no text")]),
            CancellationToken.None);
        await store.RecordPollAsync(
            new FeedPollRecord(added.Id, at.AddMinutes(30), null, "\"v1\"", "Mon, 02 Nov 2026 09:00:00 GMT", "The feed answered 500.", 1, true, at.AddHours(1.5), 0, []),
            CancellationToken.None);

        var polled = (await store.FindAsync("//news.example/feed.xml", CancellationToken.None))!;
        Assert.Equal("News of the day", polled.Title);
        Assert.Equal("\"v1\"", polled.ETag);
        Assert.Equal("The feed answered 500.", polled.LastError);
        Assert.Equal(at, polled.LastSuccessAt);
        Assert.Equal(at.AddMinutes(30), polled.LastPollAt);
        Assert.Equal((1, true, 2), (polled.Failures, polled.FailingNoticeSent, polled.ItemsAdded));
        Assert.Equal(["a", "b"], (await store.SeenItemsAsync(added.Id, CancellationToken.None)).Order());

        Assert.True(await store.RemoveAsync("//news.example/feed.xml", CancellationToken.None));
        Assert.Empty(await store.ListAsync(CancellationToken.None));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT COUNT(*) FROM feed_items"));
    }

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
