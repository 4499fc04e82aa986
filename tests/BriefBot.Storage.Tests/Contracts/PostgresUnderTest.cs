using BriefBot.Core.Coordination;
using BriefBot.Core.Subscriptions;
using BriefBot.Storage.Postgres;
using BriefBot.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BriefBot.Storage.Tests.Contracts;

internal sealed class PostgresUnderTest : StorageUnderTest
{
    private readonly PostgresDatabase _database;

    private PostgresUnderTest(string connectionString)
    {
        ConnectionString = connectionString;
        _database = new PostgresDatabase(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { Provider = "Postgres", ConnectionString = connectionString }),
            Time,
            NullLogger<PostgresDatabase>.Instance);
        Subscriptions = new PostgresSubscriptionStore(_database);
        Ledger = new PostgresDeliveryLedger(_database);
        History = new PostgresReadingHistory(_database);
        Offsets = new PostgresUpdateOffsets(_database, Time);
        HandledUpdates = new PostgresHandledUpdates(_database);
        Leases = new PostgresLeaseStore(_database);
        Feeds = new PostgresFeedStore(_database);
    }

    public string ConnectionString { get; }

    public override ISubscriptionStore Subscriptions { get; }

    public override IDeliveryLedger Ledger { get; }

    public override IReadingHistory History { get; }

    public override IUpdateOffsets Offsets { get; }

    public override IHandledUpdates HandledUpdates { get; }

    public override ILeaseStore Leases { get; }

    public override BriefBot.Core.Feeds.IFeedStore Feeds { get; }

    public static async Task<PostgresUnderTest> OpenAsync()
    {
        var server = await PostgresServer.RequireAsync();
        return new PostgresUnderTest(await server.CreateDatabaseAsync());
    }

    public override async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public override ValueTask DisposeAsync() => _database.DisposeAsync();
}
