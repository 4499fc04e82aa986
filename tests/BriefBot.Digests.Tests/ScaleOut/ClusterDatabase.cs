using System.Globalization;
using BriefBot.Core.Subscriptions;
using BriefBot.Storage;
using BriefBot.Storage.Postgres;
using BriefBot.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BriefBot.Digests.Tests.ScaleOut;

/// <summary>A fresh database on the test server, with helpers to subscribe chats and read rows.</summary>
internal sealed class ClusterDatabase
{
    private ClusterDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static async Task<ClusterDatabase> CreateAsync()
    {
        var server = await PostgresServer.RequireAsync();
        return new ClusterDatabase(await server.CreateDatabaseAsync());
    }

    /// <summary>
    /// Subscribes private chats 1001, 1002, … at 00:00 UTC, two days ago: today's digest fell due at midnight and was
    /// not sent, so every instance that starts finds all of them due at once. With <paramref name="at"/>, they subscribe
    /// now for that time of day (UTC) instead: nothing is due before it.
    /// </summary>
    public async Task<IReadOnlyList<long>> SubscribeChatsAsync(int count, TimeOnly? at = null)
    {
        await using var database = new PostgresDatabase(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { Provider = "Postgres", ConnectionString = ConnectionString }),
            TimeProvider.System,
            NullLogger<PostgresDatabase>.Instance);
        var store = new PostgresSubscriptionStore(database);
        var chats = Enumerable.Range(1001, count).Select(i => (long)i).ToList();
        foreach (var chat in chats)
        {
            await store.SaveAsync(
                new SubscriptionRequest("telegram", chat.ToString(CultureInfo.InvariantCulture), [], at ?? new TimeOnly(0, 0), "UTC", "user", TimeProvider.System.GetUtcNow().AddDays(at is null ? -2 : 0)),
                CancellationToken.None);
        }

        return chats;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
