using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage;

/// <summary>
/// Opens connections to the SQLite database, creating its folder and migrating the schema once, before the first
/// connection is handed out (whether or not the host's start-up migration ran first).
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly SchemaMigrator _migrator;
    private readonly SemaphoreSlim _migrateOnce = new(1, 1);
    private volatile bool _migrated;

    public SqliteDatabase(IOptions<StorageOptions> options, TimeProvider time, ILogger<SqliteDatabase> logger)
        : this(options, time, logger, SchemaMigrations.All)
    {
    }

    internal SqliteDatabase(IOptions<StorageOptions> options, TimeProvider time, ILogger<SqliteDatabase> logger, IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString)
        {
            ForeignKeys = true,
        };
        _connectionString = builder.ConnectionString;
        DataSource = builder.DataSource;
        _migrator = new SchemaMigrator(migrations, time, logger);
    }

    /// <summary>The file (or in-memory name) the connection string points at.</summary>
    public string DataSource { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await OpenUnmigratedAsync(cancellationToken);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migrateOnce.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated)
            {
                await using var connection = await OpenUnmigratedAsync(cancellationToken);
                await _migrator.MigrateAsync(connection, cancellationToken);
                _migrated = true;
            }
        }
        finally
        {
            _migrateOnce.Release();
        }
    }

    public void Dispose() => _migrateOnce.Dispose();

    private async Task<SqliteConnection> OpenUnmigratedAsync(CancellationToken cancellationToken)
    {
        CreateFolder();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void CreateFolder()
    {
        if (DataSource.Length == 0 || DataSource == ":memory:" || DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
