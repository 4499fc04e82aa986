using BriefBot.Core.Subscriptions;

namespace BriefBot.Storage.Tests.Contracts;

/// <summary>What every provider's subscription store does (run on SQLite and on PostgreSQL).</summary>
public abstract class SubscriptionStoreContract : StorageContract
{
    [SkippableFact]
    public async Task Save_StoresEveryField_AndFindReadsThemBack()
    {
        var db = await StorageAsync();
        var store = db.Subscriptions;
        var at = db.Time.GetUtcNow();

        var saved = await store.SaveAsync(Request("chat-1", ["actor:b", "concept:a"], new TimeOnly(7, 30), "Asia/Karachi", at), CancellationToken.None);
        var found = await store.FindAsync("telegram", "chat-1", CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(saved.Id, found.Id);
        Assert.Equal(saved.TopicIds, found.TopicIds);
        Assert.Equal(["actor:b", "concept:a"], found.TopicIds);
        Assert.Equal(new TimeOnly(7, 30), found.TimeOfDay);
        Assert.Equal("Asia/Karachi", found.TimeZoneId);
        Assert.Equal("user-1", found.CreatedBy);
        Assert.Equal(at, found.CreatedAt);
        Assert.False(found.IsPaused);
    }

    [SkippableFact]
    public async Task Save_UpdatesTheSameSubscriptionAndResumesIt_WhenTheChatSubscribesAgain()
    {
        var db = await StorageAsync();
        var store = db.Subscriptions;
        var first = await store.SaveAsync(Request("chat-1", ["actor:b"], new TimeOnly(7, 30), "UTC", db.Time.GetUtcNow()), CancellationToken.None);
        await store.PauseAsync(first.Id, "bot removed", CancellationToken.None);
        db.Time.Advance(TimeSpan.FromHours(1));

        var second = await store.SaveAsync(Request("chat-1", ["concept:c"], new TimeOnly(9, 0), "Europe/Berlin", db.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(["concept:c"], second.TopicIds);
        Assert.Equal(new TimeOnly(9, 0), second.TimeOfDay);
        Assert.Equal(first.CreatedAt, second.CreatedAt);
        Assert.Equal(db.Time.GetUtcNow(), second.ChangedAt);
        Assert.False(second.IsPaused);
        Assert.Single(await store.ListActiveAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task ListActive_LeavesOutPausedSubscriptions()
    {
        var db = await StorageAsync();
        var store = db.Subscriptions;
        var paused = await store.SaveAsync(Request("chat-1", [], new TimeOnly(8, 0), "UTC", db.Time.GetUtcNow()), CancellationToken.None);
        await store.SaveAsync(Request("chat-2", ["actor:b"], new TimeOnly(8, 0), "UTC", db.Time.GetUtcNow()), CancellationToken.None);

        await store.PauseAsync(paused.Id, "Forbidden: bot was kicked", CancellationToken.None);

        var active = await store.ListActiveAsync(CancellationToken.None);
        Assert.Equal(["chat-2"], active.Select(s => s.ChatId));
        Assert.Equal(["actor:b"], active[0].TopicIds);
        var reloaded = await store.GetAsync(paused.Id, CancellationToken.None);
        Assert.True(reloaded!.IsPaused);
        Assert.Equal("Forbidden: bot was kicked", reloaded.PausedReason);
    }

    [SkippableFact]
    public async Task Delete_RemovesTheChatsSubscriptionOnly()
    {
        var db = await StorageAsync();
        var store = db.Subscriptions;
        await store.SaveAsync(Request("chat-1", ["actor:b"], new TimeOnly(8, 0), "UTC", db.Time.GetUtcNow()), CancellationToken.None);
        await store.SaveAsync(Request("chat-2", ["actor:b"], new TimeOnly(8, 0), "UTC", db.Time.GetUtcNow()), CancellationToken.None);

        Assert.True(await store.DeleteAsync("telegram", "chat-1", CancellationToken.None));
        Assert.False(await store.DeleteAsync("telegram", "chat-1", CancellationToken.None));

        Assert.Null(await store.FindAsync("telegram", "chat-1", CancellationToken.None));
        Assert.NotNull(await store.FindAsync("telegram", "chat-2", CancellationToken.None));
        Assert.Equal(1L, await db.CountAsync("subscription_topics"));
    }

    [SkippableFact]
    public async Task SetTopics_ReplacesTopicsInOrder()
    {
        var db = await StorageAsync();
        var store = db.Subscriptions;
        var saved = await store.SaveAsync(Request("chat-1", ["actor:a", "actor:b", "actor:c"], new TimeOnly(8, 0), "UTC", db.Time.GetUtcNow()), CancellationToken.None);

        var updated = await store.SetTopicsAsync(saved.Id, ["actor:c", "actor:a"], CancellationToken.None);

        Assert.Equal(["actor:c", "actor:a"], updated!.TopicIds);
    }

    [SkippableFact]
    public async Task Save_TreatsPlatformsAsSeparateChats()
    {
        var db = await StorageAsync();
        var store = db.Subscriptions;
        await store.SaveAsync(Request("42", ["actor:a"], new TimeOnly(8, 0), "UTC", db.Time.GetUtcNow()), CancellationToken.None);
        await store.SaveAsync(Request("42", ["actor:b"], new TimeOnly(8, 0), "UTC", db.Time.GetUtcNow()) with { Platform = "discord" }, CancellationToken.None);

        Assert.Equal(["actor:a"], (await store.FindAsync("telegram", "42", CancellationToken.None))!.TopicIds);
        Assert.Equal(["actor:b"], (await store.FindAsync("discord", "42", CancellationToken.None))!.TopicIds);
    }

    private static SubscriptionRequest Request(string chat, IReadOnlyList<string> topics, TimeOnly time, string zone, DateTimeOffset at) =>
        new("telegram", chat, topics, time, zone, "user-1", at);

}

public sealed class SqliteSubscriptionStoreTests : SubscriptionStoreContract
{
    protected override Task<StorageUnderTest> OpenAsync() => Task.FromResult<StorageUnderTest>(new SqliteUnderTest());
}

public sealed class PostgresSubscriptionStoreTests : SubscriptionStoreContract
{
    protected override async Task<StorageUnderTest> OpenAsync() => await PostgresUnderTest.OpenAsync();
}
