using BriefBot.Core.Subscriptions;

namespace BriefBot.Storage.Tests.Contracts;

/// <summary>What every provider's delivery ledger does (run on SQLite and on PostgreSQL).</summary>
public abstract class DeliveryLedgerContract : StorageContract
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    [SkippableFact]
    public async Task TryBegin_ClaimsADayOnlyOnce()
    {
        var db = await StorageAsync();
        var (ledger, history) = (db.Ledger, db.History);
        var subscriptionId = await SubscribeAsync(db);
        var first = await ledger.TryBeginAsync(subscriptionId, Day, "key-1", db.Time.GetUtcNow(), CancellationToken.None);
        var second = await ledger.TryBeginAsync(subscriptionId, Day, "key-1", db.Time.GetUtcNow(), CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(DeliveryState.Attempted, first.State);
        Assert.Equal(1, first.Attempts);
        Assert.Null(second);
        Assert.NotNull(await ledger.TryBeginAsync(subscriptionId, Day.AddDays(1), "key-2", db.Time.GetUtcNow(), CancellationToken.None));
    }

    [SkippableFact]
    public async Task TryBegin_RefusesASentDay_AndAFinalFailure_ButRetriesATransientFailure()
    {
        var db = await StorageAsync();
        var (ledger, history) = (db.Ledger, db.History);
        var subscriptionId = await SubscribeAsync(db);
        await ledger.TryBeginAsync(subscriptionId, Day, "k", db.Time.GetUtcNow(), CancellationToken.None);
        await ledger.MarkSentAsync(subscriptionId, Day, new DigestItems("telegram", "chat-1", ["r1"], false), db.Time.GetUtcNow(), CancellationToken.None);
        Assert.Null(await ledger.TryBeginAsync(subscriptionId, Day, "k", db.Time.GetUtcNow(), CancellationToken.None));

        var transientDay = Day.AddDays(1);
        await ledger.TryBeginAsync(subscriptionId, transientDay, "k2", db.Time.GetUtcNow(), CancellationToken.None);
        await ledger.MarkFailedAsync(subscriptionId, transientDay, "503", retryable: true, db.Time.GetUtcNow(), CancellationToken.None);
        var retry = await ledger.TryBeginAsync(subscriptionId, transientDay, "k2", db.Time.GetUtcNow(), CancellationToken.None);
        Assert.Equal(2, retry!.Attempts);

        await ledger.MarkFailedAsync(subscriptionId, transientDay, "403", retryable: false, db.Time.GetUtcNow(), CancellationToken.None);
        Assert.Null(await ledger.TryBeginAsync(subscriptionId, transientDay, "k2", db.Time.GetUtcNow(), CancellationToken.None));
        var final = await ledger.FindAsync(subscriptionId, transientDay, CancellationToken.None);
        Assert.Equal(DeliveryState.Failed, final!.State);
        Assert.Equal("403", final.Detail);
    }

    [SkippableFact]
    public async Task MarkSent_RecordsTheChatsReadings_AndARestartedRotationForgetsTheOldOnes()
    {
        var db = await StorageAsync();
        var (ledger, history) = (db.Ledger, db.History);
        var subscriptionId = await SubscribeAsync(db);
        await ledger.TryBeginAsync(subscriptionId, Day, "k", db.Time.GetUtcNow(), CancellationToken.None);
        await ledger.MarkSentAsync(subscriptionId, Day, new DigestItems("telegram", "chat-1", ["r1", "r2"], false), db.Time.GetUtcNow(), CancellationToken.None);
        Assert.Equal(["r1", "r2"], (await history.ReceivedAsync("telegram", "chat-1", CancellationToken.None)).Order());

        await ledger.TryBeginAsync(subscriptionId, Day.AddDays(1), "k", db.Time.GetUtcNow(), CancellationToken.None);
        await ledger.MarkSentAsync(subscriptionId, Day.AddDays(1), new DigestItems("telegram", "chat-1", ["r3", "r1"], true), db.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(["r1", "r3"], (await history.ReceivedAsync("telegram", "chat-1", CancellationToken.None)).Order());
        Assert.Empty(await history.ReceivedAsync("telegram", "other-chat", CancellationToken.None));
        Assert.Equal(DeliveryState.Sent, (await ledger.FindAsync(subscriptionId, Day, CancellationToken.None))!.State);
    }

    [SkippableFact]
    public async Task ListInDoubt_ReturnsAttemptsWithoutOutcome()
    {
        var db = await StorageAsync();
        var (ledger, history) = (db.Ledger, db.History);
        var subscriptionId = await SubscribeAsync(db);
        await ledger.TryBeginAsync(subscriptionId, Day, "left", db.Time.GetUtcNow(), CancellationToken.None);
        await ledger.TryBeginAsync(subscriptionId, Day.AddDays(1), "done", db.Time.GetUtcNow(), CancellationToken.None);
        await ledger.MarkSentAsync(subscriptionId, Day.AddDays(1), new DigestItems("telegram", "chat-1", [], false), db.Time.GetUtcNow(), CancellationToken.None);

        var inDoubt = await ledger.ListInDoubtAsync(CancellationToken.None);

        Assert.Equal(["left"], inDoubt.Select(r => r.IdempotencyKey));
    }

    [SkippableFact]
    public async Task TryBegin_RacedForByMany_ClaimsTheDayForExactlyOne()
    {
        var db = await StorageAsync();
        var subscriptionId = await SubscribeAsync(db);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => db.Ledger.TryBeginAsync(subscriptionId, Day, $"key-{i}", db.Time.GetUtcNow(), CancellationToken.None)));

        Assert.Single(claims, c => c is not null);
    }

    [SkippableFact]
    public async Task Release_OpensAFirstAttemptsDayAgain_AndKeepsARetrysCount()
    {
        var db = await StorageAsync();
        var subscriptionId = await SubscribeAsync(db);
        await db.Ledger.TryBeginAsync(subscriptionId, Day, "k", db.Time.GetUtcNow(), CancellationToken.None);

        await db.Ledger.ReleaseAsync(subscriptionId, Day, CancellationToken.None);
        Assert.Null(await db.Ledger.FindAsync(subscriptionId, Day, CancellationToken.None));

        await db.Ledger.TryBeginAsync(subscriptionId, Day, "k", db.Time.GetUtcNow(), CancellationToken.None);
        await db.Ledger.MarkFailedAsync(subscriptionId, Day, "503", retryable: true, db.Time.GetUtcNow(), CancellationToken.None);
        await db.Ledger.TryBeginAsync(subscriptionId, Day, "k", db.Time.GetUtcNow(), CancellationToken.None);
        await db.Ledger.ReleaseAsync(subscriptionId, Day, CancellationToken.None);

        var row = await db.Ledger.FindAsync(subscriptionId, Day, CancellationToken.None);
        Assert.Equal(DeliveryState.Failed, row!.State);
        Assert.True(row.Retryable);
        Assert.Equal(1, row.Attempts);
    }

    private static async Task<long> SubscribeAsync(StorageUnderTest db) =>
        (await db.Subscriptions.SaveAsync(new SubscriptionRequest("telegram", "chat-1", [], new TimeOnly(8, 0), "UTC", "u", db.Time.GetUtcNow()), CancellationToken.None)).Id;
}

public sealed class SqliteDeliveryLedgerTests : DeliveryLedgerContract
{
    protected override Task<StorageUnderTest> OpenAsync() => Task.FromResult<StorageUnderTest>(new SqliteUnderTest());
}

public sealed class PostgresDeliveryLedgerTests : DeliveryLedgerContract
{
    protected override async Task<StorageUnderTest> OpenAsync() => await PostgresUnderTest.OpenAsync();
}
