using BriefBot.Core.Resilience;
using System.Threading.Channels;
using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Storage;

/// <summary>
/// Opens and migrates the database when the host starts. One that cannot be opened (locked, read-only, corrupt) does not
/// stop the bot: the reason is logged as one line and shown in /stats, everything that needs no database keeps
/// answering, and opening is tried again with a growing back-off until it works (then digests start).
/// </summary>
internal sealed partial class StorageMigrationService(IStorageDatabase database, TimeProvider time, RetryJitter jitter, ILogger<StorageMigrationService> logger)
    : IHostedService, IDisposable
{
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(5);

    private readonly CancellationTokenSource _stopping = new();
    private readonly Channel<DateTimeOffset> _armed = Channel.CreateUnbounded<DateTimeOffset>();
    private Task _retrying = Task.CompletedTask;

    /// <summary>When the next try is due, while the database is unavailable (for /stats).</summary>
    public DateTimeOffset? NextTryAt { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.MigrateAsync(cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            LogUnavailable(logger, ex);
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _retrying.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>Completes each time a retry has been armed on the clock (tests move a fake clock then).</summary>
    internal ValueTask<DateTimeOffset> NextRetryArmedAsync(CancellationToken cancellationToken) => _armed.Reader.ReadAsync(cancellationToken);

    private async Task RetryAsync(CancellationToken stopping)
    {
        var backoff = new Backoff(FirstRetry, LongestRetry, jitter);
        while (true)
        {
            var delay = backoff.NextDelay();
            var wait = Task.Delay(delay, time, stopping);
            NextTryAt = time.GetUtcNow() + delay;
            _armed.Writer.TryWrite(NextTryAt.Value);
            await wait;
            var before = database.Problem;
            try
            {
                await database.MigrateAsync(stopping);
                NextTryAt = null;
                LogOpened(logger, database.DataSource);
                return;
            }
            catch (StorageUnavailableException ex)
            {
                if (ex.Message != before)
                {
                    LogUnavailable(logger, ex);
                }

            }
        }
    }

    private void LogUnavailable(ILogger log, StorageUnavailableException ex)
    {
        if (ex.InnerException is { } cause && !StorageProblem.IsExpected(cause))
        {
            LogUnexpected(log, ex.Message, cause);
        }
        else
        {
            LogCannotOpen(log, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage unavailable: {Problem}. Subscriptions and digests wait; every other command answers; opening is retried")]
    private static partial void LogCannotOpen(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage unavailable: {Problem}. Subscriptions and digests wait; opening is retried")]
    private static partial void LogUnexpected(ILogger logger, string problem, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage opened: {DataSource}; subscriptions and digests resume")]
    private static partial void LogOpened(ILogger logger, string dataSource);
}
