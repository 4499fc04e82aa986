using BriefBot.Core.Coordination;
using BriefBot.Core.Subscriptions;

namespace BriefBot.Storage.Tests.Contracts;

internal sealed class SqliteUnderTest : StorageUnderTest
{
    private readonly TemporaryDatabase _file = new();
    private readonly SqliteDatabase _database;

    public SqliteUnderTest()
    {
        _database = new SqliteDatabase(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = _file.ConnectionString }),
            Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteDatabase>.Instance);
        Subscriptions = new SqliteSubscriptionStore(_database);
        Ledger = new SqliteDeliveryLedger(_database);
        History = new SqliteReadingHistory(_database);
        Offsets = new SqliteUpdateOffsets(_database, Time);
        Feeds = new SqliteFeedStore(_database);
    }

    public override ISubscriptionStore Subscriptions { get; }

    public override IDeliveryLedger Ledger { get; }

    public override IReadingHistory History { get; }

    public override IUpdateOffsets Offsets { get; }

    public override BriefBot.Core.Feeds.IFeedStore Feeds { get; }

    public override IHandledUpdates HandledUpdates => throw new NotSupportedException("one SQLite instance needs no shared record of updates");

    public override ILeaseStore Leases => throw new NotSupportedException("one SQLite instance needs no lease");

    public override Task<long> CountAsync(string table) => _file.ScalarAsync<long>($"SELECT COUNT(*) FROM {table}");

    public override ValueTask DisposeAsync()
    {
        _database.Dispose();
        _file.Dispose();
        return ValueTask.CompletedTask;
    }
}
