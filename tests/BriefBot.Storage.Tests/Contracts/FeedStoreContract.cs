using BriefBot.Core.Feeds;

namespace BriefBot.Storage.Tests.Contracts;

/// <summary>What every provider's feed store does (run on SQLite and on PostgreSQL).</summary>
public abstract class FeedStoreContract : StorageContract
{
    [SkippableFact]
    public async Task AFeed_IsAddedOnce_DueAtOnce_AndItsPollsKeepValidatorsErrorsAndSeenItems()
    {
        var db = await StorageAsync();
        var store = db.Feeds;
        var at = db.Time.GetUtcNow();
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
        Assert.Equal(0, await db.CountAsync("feed_items"));
    }
}

public sealed class SqliteFeedStoreTests : FeedStoreContract
{
    protected override Task<StorageUnderTest> OpenAsync() => Task.FromResult<StorageUnderTest>(new SqliteUnderTest());
}

public sealed class PostgresFeedStoreTests : FeedStoreContract
{
    protected override async Task<StorageUnderTest> OpenAsync() => await PostgresUnderTest.OpenAsync();
}
