using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Storage.Tests;

/// <summary>A SQLite file in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    public TemporaryDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "briefbot-storage-" + Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "nested", "briefbot.db");
    }

    public string Folder { get; }

    public string FilePath { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public string ConnectionString => $"Data Source={FilePath}";

    public SqliteDatabase Open() =>
        new(Options.Create(new StorageOptions { ConnectionString = ConnectionString }), Time, NullLogger<SqliteDatabase>.Instance);

    internal SqliteDatabase Open(IReadOnlyList<Migration> migrations) =>
        new(Options.Create(new StorageOptions { ConnectionString = ConnectionString }), Time, NullLogger<SqliteDatabase>.Instance, migrations);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
