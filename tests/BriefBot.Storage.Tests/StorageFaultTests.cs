using BriefBot.Core.Resilience;
using BriefBot.Core.Subscriptions;
using BriefBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Storage.Tests;

/// <summary>
/// Issue 17: "a database locked at start, a read-only database folder, or a corrupt database file stops the bot from
/// starting at all (stack traces, exit 1)". Real SQLite files; the start-up service must start anyway, say why, fail
/// fast for callers meanwhile, and open the database on a later try once the fault is gone.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StorageFaultTests : IDisposable
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(30);
    private readonly TemporaryDatabase _db = new();

    [Fact]
    public async Task ADatabaseLockedAtStart_DoesNotStopTheStart_IsReported_AndOpensOnceTheLockIsGone()
    {
        await CreateAsync();
        var locker = new SqliteConnection(_db.ConnectionString + ";Pooling=False");
        await locker.OpenAsync();
        await using (var begin = locker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }

        using var database = _db.Open();
        using var opening = new StorageMigrationService(database, _db.Time, RetryJitter.None, NullLogger<StorageMigrationService>.Instance);
        await opening.StartAsync(CancellationToken.None);

        AssertUnavailable(database, "locked");
        await Assert.ThrowsAsync<StorageUnavailableException>(() => new SqliteSubscriptionStore(database).ListActiveAsync(CancellationToken.None));

        await opening.NextRetryArmedAsync(CancellationToken.None).AsTask().WaitAsync(SafetyNet);
        await using (var rollback = locker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        await locker.DisposeAsync();
        _db.Time.Advance(StorageMigrationService.FirstRetry);

        await database.WaitUntilAvailableAsync(CancellationToken.None).WaitAsync(SafetyNet);
        Assert.Null(database.Problem);
        Assert.Empty(await new SqliteSubscriptionStore(database).ListActiveAsync(CancellationToken.None));
        await opening.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ADatabaseInAReadOnlyFolder_DoesNotStopTheStart_IsReported_AndOpensOnceItIsWritable()
    {
        await CreateAsync();
        SqliteConnection.ClearAllPools();
        var path = Path.GetDirectoryName(_db.FilePath)!;
        ReadOnlyPath.Make(path);
        try
        {
            using var database = _db.Open();
            using var opening = new StorageMigrationService(database, _db.Time, RetryJitter.None, NullLogger<StorageMigrationService>.Instance);
            await opening.StartAsync(CancellationToken.None);

            AssertUnavailable(database, "read-only");

            await opening.NextRetryArmedAsync(CancellationToken.None).AsTask().WaitAsync(SafetyNet);
            ReadOnlyPath.Undo(path);
            _db.Time.Advance(StorageMigrationService.FirstRetry);
            await database.WaitUntilAvailableAsync(CancellationToken.None).WaitAsync(SafetyNet);
            Assert.Empty(await new SqliteSubscriptionStore(database).ListActiveAsync(CancellationToken.None));
            await opening.StopAsync(CancellationToken.None);
        }
        finally
        {
            ReadOnlyPath.Undo(path);
        }
    }

    [Fact]
    public async Task AReadOnlyDatabaseFileInAWritableFolder_IsDetectedAtStart_IsReported_AndOpensOnceItIsWritable()
    {
        await CreateAsync();
        SqliteConnection.ClearAllPools();
        ReadOnlyPath.Make(_db.FilePath);
        try
        {
            using var database = _db.Open();
            using var opening = new StorageMigrationService(database, _db.Time, RetryJitter.None, NullLogger<StorageMigrationService>.Instance);
            await opening.StartAsync(CancellationToken.None);

            AssertUnavailable(database, "read-only");
            await Assert.ThrowsAsync<StorageUnavailableException>(() => new SqliteSubscriptionStore(database).SaveAsync(Subscription(), CancellationToken.None));

            await opening.NextRetryArmedAsync(CancellationToken.None).AsTask().WaitAsync(SafetyNet);
            ReadOnlyPath.Undo(_db.FilePath);
            SqliteConnection.ClearAllPools();
            _db.Time.Advance(StorageMigrationService.FirstRetry);
            await database.WaitUntilAvailableAsync(CancellationToken.None).WaitAsync(SafetyNet);
            await new SqliteSubscriptionStore(database).SaveAsync(Subscription(), CancellationToken.None);
            Assert.Single(await new SqliteSubscriptionStore(database).ListActiveAsync(CancellationToken.None));
            await opening.StopAsync(CancellationToken.None);
        }
        finally
        {
            ReadOnlyPath.Undo(_db.FilePath);
        }
    }

    [Fact]
    public async Task AFileThatIsNotADatabase_IsReportedAsCorrupt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_db.FilePath)!);
        await File.WriteAllBytesAsync(_db.FilePath, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7 % 251)).ToArray());

        using var database = _db.Open();
        using var opening = new StorageMigrationService(database, _db.Time, RetryJitter.None, NullLogger<StorageMigrationService>.Instance);
        await opening.StartAsync(CancellationToken.None);

        AssertUnavailable(database, "corrupt");
        await opening.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task DamagedPages_AreReportedAsCorrupt_NotAsANewerSchema()
    {
        await CreateAsync();
        SqliteConnection.ClearAllPools();
        // Page 2 holds schema_version (the first table created): fill it with the byte 34.
        var pageSize = (int)await _db.ScalarAsync<long>("PRAGMA page_size");
        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(_db.FilePath, FileMode.Open, FileAccess.Write))
        {
            file.Position = pageSize;
            await file.WriteAsync(Enumerable.Repeat((byte)34, pageSize).ToArray());
        }

        using var database = _db.Open();
        using var opening = new StorageMigrationService(database, _db.Time, RetryJitter.None, NullLogger<StorageMigrationService>.Instance);
        await opening.StartAsync(CancellationToken.None);

        AssertUnavailable(database, "corrupt");
        Assert.DoesNotContain("newer", database.Problem, StringComparison.OrdinalIgnoreCase);
        await opening.StopAsync(CancellationToken.None);
    }

    public void Dispose() => _db.Dispose();

    private static void AssertUnavailable(SqliteDatabase database, string why)
    {
        Assert.False(database.IsAvailable);
        Assert.NotNull(database.Problem);
        Assert.Contains(why, database.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', database.Problem);
    }

    private SubscriptionRequest Subscription() =>
        new("console", "chat-1", [], new TimeOnly(8, 0), "UTC", "user-1", _db.Time.GetUtcNow());

    private async Task CreateAsync()
    {
        using var database = _db.Open();
        await database.MigrateAsync(CancellationToken.None);
    }
}
