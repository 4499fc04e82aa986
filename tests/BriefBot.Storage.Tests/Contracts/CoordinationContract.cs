namespace BriefBot.Storage.Tests.Contracts;

/// <summary>What every provider keeps for restarts and instances: the update offset.</summary>
public abstract class CoordinationContract : StorageContract
{
    [SkippableFact]
    public async Task UpdateOffset_IsNoneAtFirst_ThenTheLastOneSaved_PerPlatform()
    {
        var db = await StorageAsync();

        Assert.Null(await db.Offsets.LoadAsync("telegram", CancellationToken.None));
        await db.Offsets.SaveAsync("telegram", 41, CancellationToken.None);
        await db.Offsets.SaveAsync("telegram", 5_000_000_042, CancellationToken.None);

        Assert.Equal(5_000_000_042, await db.Offsets.LoadAsync("telegram", CancellationToken.None));
        Assert.Null(await db.Offsets.LoadAsync("other", CancellationToken.None));
    }
}

/// <summary>What the multi-instance provider keeps besides: handled update ids and leases.</summary>
public abstract class InstanceCoordinationContract : CoordinationContract
{
    [SkippableFact]
    public async Task HandledUpdate_IsRecordedOnce_EvenWhenOfferedByManyAtOnce()
    {
        var db = await StorageAsync();
        var at = db.Time.GetUtcNow();

        var firsts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => db.HandledUpdates.TryRecordAsync("telegram", 77, at, CancellationToken.None)));

        Assert.Equal(1, firsts.Count(first => first));
        Assert.True(await db.HandledUpdates.TryRecordAsync("telegram", 78, at, CancellationToken.None));
        Assert.True(await db.HandledUpdates.TryRecordAsync("discord", 77, at, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Lease_IsHeldByOneHolder_RenewedByIt_AndTakenOverOnlyAfterItExpires()
    {
        var db = await StorageAsync();
        var duration = TimeSpan.FromSeconds(30);

        Assert.True(await db.Leases.TryAcquireAsync("poll", "a", db.Time.GetUtcNow(), duration, CancellationToken.None));
        Assert.False(await db.Leases.TryAcquireAsync("poll", "b", db.Time.GetUtcNow(), duration, CancellationToken.None));

        db.Time.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await db.Leases.TryAcquireAsync("poll", "a", db.Time.GetUtcNow(), duration, CancellationToken.None));
        db.Time.Advance(TimeSpan.FromSeconds(20));
        Assert.False(await db.Leases.TryAcquireAsync("poll", "b", db.Time.GetUtcNow(), duration, CancellationToken.None));

        db.Time.Advance(TimeSpan.FromSeconds(11));
        Assert.True(await db.Leases.TryAcquireAsync("poll", "b", db.Time.GetUtcNow(), duration, CancellationToken.None));
        Assert.False(await db.Leases.TryAcquireAsync("poll", "a", db.Time.GetUtcNow(), duration, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Lease_ReleasedByItsHolder_IsFreeAtOnce_ButNotByAnother()
    {
        var db = await StorageAsync();
        var duration = TimeSpan.FromSeconds(30);
        await db.Leases.TryAcquireAsync("poll", "a", db.Time.GetUtcNow(), duration, CancellationToken.None);

        await db.Leases.ReleaseAsync("poll", "b", CancellationToken.None);
        Assert.False(await db.Leases.TryAcquireAsync("poll", "b", db.Time.GetUtcNow(), duration, CancellationToken.None));

        await db.Leases.ReleaseAsync("poll", "a", CancellationToken.None);
        Assert.True(await db.Leases.TryAcquireAsync("poll", "b", db.Time.GetUtcNow(), duration, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Lease_RacedForByMany_GoesToExactlyOne()
    {
        var db = await StorageAsync();
        var now = db.Time.GetUtcNow();

        var won = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => db.Leases.TryAcquireAsync("poll", $"holder-{i}", now, TimeSpan.FromSeconds(30), CancellationToken.None)));

        Assert.Equal(1, won.Count(w => w));
    }
}

public sealed class SqliteCoordinationTests : CoordinationContract
{
    protected override Task<StorageUnderTest> OpenAsync() => Task.FromResult<StorageUnderTest>(new SqliteUnderTest());
}

public sealed class PostgresCoordinationTests : InstanceCoordinationContract
{
    protected override async Task<StorageUnderTest> OpenAsync() => await PostgresUnderTest.OpenAsync();
}
