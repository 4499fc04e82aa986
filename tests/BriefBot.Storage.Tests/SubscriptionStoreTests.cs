using BriefBot.Core.Subscriptions;

namespace BriefBot.Storage.Tests;

public sealed class SubscriptionStoreTests : IDisposable
{
    private readonly TemporaryDatabase _db = new();
    private readonly SqliteDatabase _database;
    private readonly SqliteSubscriptionStore _store;

    public SubscriptionStoreTests()
    {
        _database = _db.Open();
        _store = new SqliteSubscriptionStore(_database);
    }

    [Fact]
    public async Task Save_StoresEveryField_AndFindReadsThemBack()
    {
        var at = _db.Time.GetUtcNow();

        var saved = await _store.SaveAsync(Request("chat-1", ["actor:b", "concept:a"], new TimeOnly(7, 30), "Asia/Karachi", at), CancellationToken.None);
        var found = await _store.FindAsync("telegram", "chat-1", CancellationToken.None);

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

    [Fact]
    public async Task Save_UpdatesTheSameSubscriptionAndResumesIt_WhenTheChatSubscribesAgain()
    {
        var first = await _store.SaveAsync(Request("chat-1", ["actor:b"], new TimeOnly(7, 30), "UTC", _db.Time.GetUtcNow()), CancellationToken.None);
        await _store.PauseAsync(first.Id, "bot removed", CancellationToken.None);
        _db.Time.Advance(TimeSpan.FromHours(1));

        var second = await _store.SaveAsync(Request("chat-1", ["concept:c"], new TimeOnly(9, 0), "Europe/Berlin", _db.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(["concept:c"], second.TopicIds);
        Assert.Equal(new TimeOnly(9, 0), second.TimeOfDay);
        Assert.Equal(first.CreatedAt, second.CreatedAt);
        Assert.Equal(_db.Time.GetUtcNow(), second.ChangedAt);
        Assert.False(second.IsPaused);
        Assert.Single(await _store.ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ListActive_LeavesOutPausedSubscriptions()
    {
        var paused = await _store.SaveAsync(Request("chat-1", [], new TimeOnly(8, 0), "UTC", _db.Time.GetUtcNow()), CancellationToken.None);
        await _store.SaveAsync(Request("chat-2", ["actor:b"], new TimeOnly(8, 0), "UTC", _db.Time.GetUtcNow()), CancellationToken.None);

        await _store.PauseAsync(paused.Id, "Forbidden: bot was kicked", CancellationToken.None);

        var active = await _store.ListActiveAsync(CancellationToken.None);
        Assert.Equal(["chat-2"], active.Select(s => s.ChatId));
        Assert.Equal(["actor:b"], active[0].TopicIds);
        var reloaded = await _store.GetAsync(paused.Id, CancellationToken.None);
        Assert.True(reloaded!.IsPaused);
        Assert.Equal("Forbidden: bot was kicked", reloaded.PausedReason);
    }

    [Fact]
    public async Task Delete_RemovesTheChatsSubscriptionOnly()
    {
        await _store.SaveAsync(Request("chat-1", ["actor:b"], new TimeOnly(8, 0), "UTC", _db.Time.GetUtcNow()), CancellationToken.None);
        await _store.SaveAsync(Request("chat-2", ["actor:b"], new TimeOnly(8, 0), "UTC", _db.Time.GetUtcNow()), CancellationToken.None);

        Assert.True(await _store.DeleteAsync("telegram", "chat-1", CancellationToken.None));
        Assert.False(await _store.DeleteAsync("telegram", "chat-1", CancellationToken.None));

        Assert.Null(await _store.FindAsync("telegram", "chat-1", CancellationToken.None));
        Assert.NotNull(await _store.FindAsync("telegram", "chat-2", CancellationToken.None));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT COUNT(*) FROM subscription_topics"));
    }

    [Fact]
    public async Task SetTopics_ReplacesTopicsInOrder()
    {
        var saved = await _store.SaveAsync(Request("chat-1", ["actor:a", "actor:b", "actor:c"], new TimeOnly(8, 0), "UTC", _db.Time.GetUtcNow()), CancellationToken.None);

        var updated = await _store.SetTopicsAsync(saved.Id, ["actor:c", "actor:a"], CancellationToken.None);

        Assert.Equal(["actor:c", "actor:a"], updated!.TopicIds);
    }

    [Fact]
    public async Task Save_TreatsPlatformsAsSeparateChats()
    {
        await _store.SaveAsync(Request("42", ["actor:a"], new TimeOnly(8, 0), "UTC", _db.Time.GetUtcNow()), CancellationToken.None);
        await _store.SaveAsync(Request("42", ["actor:b"], new TimeOnly(8, 0), "UTC", _db.Time.GetUtcNow()) with { Platform = "discord" }, CancellationToken.None);

        Assert.Equal(["actor:a"], (await _store.FindAsync("telegram", "42", CancellationToken.None))!.TopicIds);
        Assert.Equal(["actor:b"], (await _store.FindAsync("discord", "42", CancellationToken.None))!.TopicIds);
    }

    private static SubscriptionRequest Request(string chat, IReadOnlyList<string> topics, TimeOnly time, string zone, DateTimeOffset at) =>
        new("telegram", chat, topics, time, zone, "user-1", at);

    public void Dispose()
    {
        _database.Dispose();
        _db.Dispose();
    }
}
