using BriefBot.Storage.Postgres;
using BriefBot.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace BriefBot.Storage.Tests;

public sealed class PostgresSchemaTests
{
    [SkippableFact]
    public async Task InstancesMigratingTheSameDatabaseAtOnce_ApplyEachStepOnce_IncludingQuartzsTables()
    {
        var server = await PostgresServer.RequireAsync();
        var connectionString = await server.CreateDatabaseAsync();
        var databases = Enumerable.Range(0, 3).Select(_ => Open(connectionString)).ToList();

        await Task.WhenAll(databases.Select(d => d.MigrateAsync(CancellationToken.None)));

        Assert.Equal(PostgresMigrations.All.Count, await ScalarAsync(connectionString, "SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(1, await ScalarAsync(connectionString, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'qrtz_fired_triggers'"));
        foreach (var database in databases)
        {
            Assert.True(database.IsAvailable);
            await database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task AnUnreachableServer_IsReportedInOneLine_AndEveryUseFailsFast()
    {
        await PostgresServer.RequireAsync();
        await using var database = Open("Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=2");

        var failure = await Assert.ThrowsAsync<BriefBot.Core.Subscriptions.StorageUnavailableException>(() => database.MigrateAsync(CancellationToken.None));

        Assert.StartsWith("the PostgreSQL server 127.0.0.1:1/none cannot be reached", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.Equal(failure.Message, database.Problem);
        await Assert.ThrowsAsync<BriefBot.Core.Subscriptions.StorageUnavailableException>(() => database.OpenAsync(CancellationToken.None));
    }

    private static PostgresDatabase Open(string connectionString) =>
        new(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { Provider = "Postgres", ConnectionString = connectionString }),
            new FakeTimeProvider(),
            NullLogger<PostgresDatabase>.Instance);

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
