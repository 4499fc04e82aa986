using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BriefBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL database: a pooled Npgsql data source, migrated once before the first connection is handed out.
/// A server that cannot be reached is reported (<see cref="Problem"/>, one line) and every use fails fast with
/// <see cref="StorageUnavailableException"/> until the start-up service's next try opens it.
/// </summary>
public sealed class PostgresDatabase : IStorageDatabase, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly PostgresSchemaMigrator _migrator;
    private readonly TaskCompletionSource _available = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _migrateOnce = new(1, 1);
    private volatile string? _problem;
    private volatile bool _migrated;

    public PostgresDatabase(IOptions<StorageOptions> options, TimeProvider time, ILogger<PostgresDatabase> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString);
        DataSource = $"{builder.Host}:{builder.Port}/{builder.Database}";
        _source = NpgsqlDataSource.Create(builder);
        _migrator = new PostgresSchemaMigrator(PostgresMigrations.All, time, logger);
    }

    public string DataSource { get; }

    public bool IsAvailable => _migrated;

    public string? Problem => _problem;

    public Task WaitUntilAvailableAsync(CancellationToken cancellationToken) => _available.Task.WaitAsync(cancellationToken);

    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <exception cref="StorageUnavailableException">The database could not be opened (see <see cref="Problem"/>).</exception>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated && _problem is { } problem)
        {
            throw new StorageUnavailableException(problem);
        }

        await MigrateAsync(cancellationToken);
        try
        {
            return await _source.OpenConnectionAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new StorageUnavailableException(Describe(ex), ex);
        }
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
                await using var connection = await _source.OpenConnectionAsync(cancellationToken);
                await _migrator.MigrateAsync(connection, cancellationToken);
                _migrated = true;
                _problem = null;
                _available.TrySetResult();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StorageUnavailableException)
        {
            var problem = Describe(ex);
            _problem = problem;
            throw new StorageUnavailableException(problem, ex);
        }
        finally
        {
            _migrateOnce.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _migrateOnce.Dispose();
        return _source.DisposeAsync();
    }

    public void Dispose()
    {
        _migrateOnce.Dispose();
        _source.Dispose();
    }

    private string Describe(Exception exception) => exception switch
    {
        PostgresException postgres => $"the PostgreSQL database {DataSource} refused the bot ({postgres.SqlState}: {postgres.MessageText.TrimEnd('.')})",
        NpgsqlException npgsql => $"the PostgreSQL server {DataSource} cannot be reached ({(npgsql.InnerException ?? npgsql).Message.TrimEnd('.')})",
        _ => exception.Message,
    };
}
