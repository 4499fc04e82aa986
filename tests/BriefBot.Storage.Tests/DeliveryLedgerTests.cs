using BriefBot.Core.Subscriptions;

namespace BriefBot.Storage.Tests;

public sealed class DeliveryLedgerTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 3, 1);
    private readonly TemporaryDatabase _db = new();
    private readonly SqliteDatabase _database;
    private readonly SqliteDeliveryLedger _ledger;
    private readonly SqliteReadingHistory _history;
    private readonly long _subscriptionId;

    public DeliveryLedgerTests()
    {
        _database = _db.Open();
        _ledger = new SqliteDeliveryLedger(_database);
        _history = new SqliteReadingHistory(_database);
        _subscriptionId = new SqliteSubscriptionStore(_database)
            .SaveAsync(new SubscriptionRequest("telegram", "chat-1", [], new TimeOnly(8, 0), "UTC", "u", _db.Time.GetUtcNow()), CancellationToken.None)
            .GetAwaiter().GetResult().Id;
    }

    [Fact]
    public async Task TryBegin_ClaimsADayOnlyOnce()
    {
        var first = await _ledger.TryBeginAsync(_subscriptionId, Day, "key-1", _db.Time.GetUtcNow(), CancellationToken.None);
        var second = await _ledger.TryBeginAsync(_subscriptionId, Day, "key-1", _db.Time.GetUtcNow(), CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(DeliveryState.Attempted, first.State);
        Assert.Equal(1, first.Attempts);
        Assert.Null(second);
        Assert.NotNull(await _ledger.TryBeginAsync(_subscriptionId, Day.AddDays(1), "key-2", _db.Time.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task TryBegin_RefusesASentDay_AndAFinalFailure_ButRetriesATransientFailure()
    {
        await _ledger.TryBeginAsync(_subscriptionId, Day, "k", _db.Time.GetUtcNow(), CancellationToken.None);
        await _ledger.MarkSentAsync(_subscriptionId, Day, new DigestItems("telegram", "chat-1", ["r1"], false), _db.Time.GetUtcNow(), CancellationToken.None);
        Assert.Null(await _ledger.TryBeginAsync(_subscriptionId, Day, "k", _db.Time.GetUtcNow(), CancellationToken.None));

        var transientDay = Day.AddDays(1);
        await _ledger.TryBeginAsync(_subscriptionId, transientDay, "k2", _db.Time.GetUtcNow(), CancellationToken.None);
        await _ledger.MarkFailedAsync(_subscriptionId, transientDay, "503", retryable: true, _db.Time.GetUtcNow(), CancellationToken.None);
        var retry = await _ledger.TryBeginAsync(_subscriptionId, transientDay, "k2", _db.Time.GetUtcNow(), CancellationToken.None);
        Assert.Equal(2, retry!.Attempts);

        await _ledger.MarkFailedAsync(_subscriptionId, transientDay, "403", retryable: false, _db.Time.GetUtcNow(), CancellationToken.None);
        Assert.Null(await _ledger.TryBeginAsync(_subscriptionId, transientDay, "k2", _db.Time.GetUtcNow(), CancellationToken.None));
        var final = await _ledger.FindAsync(_subscriptionId, transientDay, CancellationToken.None);
        Assert.Equal(DeliveryState.Failed, final!.State);
        Assert.Equal("403", final.Detail);
    }

    [Fact]
    public async Task MarkSent_RecordsTheChatsReadings_AndARestartedRotationForgetsTheOldOnes()
    {
        await _ledger.TryBeginAsync(_subscriptionId, Day, "k", _db.Time.GetUtcNow(), CancellationToken.None);
        await _ledger.MarkSentAsync(_subscriptionId, Day, new DigestItems("telegram", "chat-1", ["r1", "r2"], false), _db.Time.GetUtcNow(), CancellationToken.None);
        Assert.Equal(["r1", "r2"], (await _history.ReceivedAsync("telegram", "chat-1", CancellationToken.None)).Order());

        await _ledger.TryBeginAsync(_subscriptionId, Day.AddDays(1), "k", _db.Time.GetUtcNow(), CancellationToken.None);
        await _ledger.MarkSentAsync(_subscriptionId, Day.AddDays(1), new DigestItems("telegram", "chat-1", ["r3", "r1"], true), _db.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(["r1", "r3"], (await _history.ReceivedAsync("telegram", "chat-1", CancellationToken.None)).Order());
        Assert.Empty(await _history.ReceivedAsync("telegram", "other-chat", CancellationToken.None));
        Assert.Equal(DeliveryState.Sent, (await _ledger.FindAsync(_subscriptionId, Day, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task ListInDoubt_ReturnsAttemptsWithoutOutcome()
    {
        await _ledger.TryBeginAsync(_subscriptionId, Day, "left", _db.Time.GetUtcNow(), CancellationToken.None);
        await _ledger.TryBeginAsync(_subscriptionId, Day.AddDays(1), "done", _db.Time.GetUtcNow(), CancellationToken.None);
        await _ledger.MarkSentAsync(_subscriptionId, Day.AddDays(1), new DigestItems("telegram", "chat-1", [], false), _db.Time.GetUtcNow(), CancellationToken.None);

        var inDoubt = await _ledger.ListInDoubtAsync(CancellationToken.None);

        Assert.Equal(["left"], inDoubt.Select(r => r.IdempotencyKey));
    }

    public void Dispose()
    {
        _database.Dispose();
        _db.Dispose();
    }
}
