using BriefBot.Core.Subscriptions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage;

/// <summary>
/// Opens connections to the SQLite database, creating its folder and migrating the schema once, before the first
/// connection is handed out (whether or not the host's start-up migration ran first). A database that cannot be
/// opened is reported (<see cref="Problem"/>) and every use fails fast with <see cref="StorageUnavailableException"/>
/// until <see cref="StorageMigrationService"/>'s next try opens it.
/// </summary>
public sealed class SqliteDatabase : IDisposable, IStorageDatabase
{
    /// <summary>How long opening waits for another connection's lock before it is reported and retried later.</summary>
    private const int OpeningBusyTimeoutSeconds = 2;

    private readonly string _connectionString;
    private readonly string _openingConnectionString;
    private readonly TaskCompletionSource _available = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? _problem;
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
        _openingConnectionString = new SqliteConnectionStringBuilder(builder.ConnectionString) { DefaultTimeout = OpeningBusyTimeoutSeconds }.ConnectionString;
        DataSource = builder.DataSource;
        _migrator = new SchemaMigrator(migrations, time, logger);
    }

    /// <summary>The file (or in-memory name) the connection string points at.</summary>
    public string DataSource { get; }

    public bool IsAvailable => _migrated;

    public string? Problem => _problem;

    public Task WaitUntilAvailableAsync(CancellationToken cancellationToken) => _available.Task.WaitAsync(cancellationToken);

    /// <exception cref="StorageUnavailableException">The database could not be opened (see <see cref="Problem"/>).</exception>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated && _problem is { } problem)
        {
            // The start-up service keeps trying; a command should not wait for a lock on every call meanwhile.
            throw new StorageUnavailableException(problem);
        }

        await MigrateAsync(cancellationToken);
        return await OpenUnmigratedAsync(_connectionString, cancellationToken);
    }

    /// <exception cref="StorageUnavailableException">The database could not be opened (see <see cref="Problem"/>).</exception>
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
                await using var connection = await OpenUnmigratedAsync(_openingConnectionString, cancellationToken);
                WritableFile.Check(connection, DataSource);
                await _migrator.MigrateAsync(connection, cancellationToken);
                _migrated = true;
                _problem = null;
                _available.TrySetResult();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StorageUnavailableException)
        {
            var problem = StorageProblem.Describe(ex, DataSource);
            _problem = problem;
            throw new StorageUnavailableException(problem, ex);
        }
        finally
        {
            _migrateOnce.Release();
        }
    }

    /// <summary>Opens a connection (migrating first, as any use does) and asks for one row.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public void Dispose() => _migrateOnce.Dispose();

    private async Task<SqliteConnection> OpenUnmigratedAsync(string connectionString, CancellationToken cancellationToken)
    {
        CreateFolder();
        var connection = new SqliteConnection(connectionString);
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
