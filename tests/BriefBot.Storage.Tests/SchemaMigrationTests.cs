using BriefBot.Core.Subscriptions;

namespace BriefBot.Storage.Tests;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TemporaryDatabase _db = new();

    [Fact]
    public async Task Migrate_CreatesFolderTablesAndWal_OnAnEmptyDatabase()
    {
        using var database = _db.Open();

        await database.MigrateAsync(CancellationToken.None);

        Assert.True(File.Exists(_db.FilePath));
        Assert.Equal(SchemaMigrations.All.Max(m => m.Version), await _db.ScalarAsync<int>("SELECT MAX(version) FROM schema_version"));
        Assert.Equal(SchemaMigrations.All.Count, await _db.ScalarAsync<int>("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal("wal", await _db.ScalarAsync<string>("PRAGMA journal_mode"));
        foreach (var table in new[] { "subscriptions", "subscription_topics", "deliveries", "received_readings", "corrections", "feeds", "feed_items" })
        {
            Assert.Equal(1, await _db.ScalarAsync<int>($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"));
        }
    }

    [Fact]
    public async Task Migrate_AppliesOnlyMissingStepsAndKeepsRows_OnAnExistingOlderDatabase()
    {
        using (var old = _db.Open(SchemaMigrations.All.Take(1).ToList()))
        {
            await new SqliteSubscriptionStore(old).SaveAsync(
                new SubscriptionRequest("console", "chat-1", ["concept:x"], new TimeOnly(7, 30), "Asia/Karachi", "user-1", _db.Time.GetUtcNow()),
                CancellationToken.None);
            Assert.Equal(1, await _db.ScalarAsync<int>("SELECT MAX(version) FROM schema_version"));
        }

        using var current = _db.Open();
        var kept = await new SqliteSubscriptionStore(current).FindAsync("console", "chat-1", CancellationToken.None);

        Assert.NotNull(kept);
        Assert.Equal(["concept:x"], kept.TopicIds);
        Assert.Equal(SchemaMigrations.All.Count, await _db.ScalarAsync<int>("SELECT COUNT(*) FROM schema_version"));
        Assert.Null(await new SqliteDeliveryLedger(current).FindAsync(kept.Id, new DateOnly(2026, 3, 1), CancellationToken.None));
    }

    [Fact]
    public async Task Migrate_AppliesNothingTwice_WhenTheBotRestarts()
    {
        using (var first = _db.Open())
        {
            await first.MigrateAsync(CancellationToken.None);
        }

        using var second = _db.Open();
        await second.MigrateAsync(CancellationToken.None);

        Assert.Equal(SchemaMigrations.All.Count, await _db.ScalarAsync<int>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task Migrate_Refuses_ADatabaseNewerThanThisBuild()
    {
        using (var first = _db.Open())
        {
            await first.MigrateAsync(CancellationToken.None);
        }

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(_db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version VALUES (999, 'from the future', '2030-01-01T00:00:00Z')";
            await command.ExecuteNonQueryAsync();
        }

        using var older = _db.Open();
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => older.MigrateAsync(CancellationToken.None));
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
