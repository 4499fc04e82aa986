using BriefBot.Core.Coordination;
using BriefBot.Telegram.Logging;
using BriefBot.Telegram.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Telegram.Receiving;

/// <summary>
/// Only one instance long-polls Telegram: the one holding the "telegram-polling" lease in the database, renewed before
/// each getUpdates. The others stand by, asking again every <see cref="StandbyRetry"/>, and take over once the holder
/// stops renewing and its lease has run out (at most a poll's wait plus <see cref="Margin"/>). Without a database, or
/// while it cannot be asked, this instance polls: a bot that stops answering is worse than a rare repeat.
/// </summary>
internal sealed class PollingLease(IEnumerable<ILeaseStore> stores, IOptions<TelegramOptions> options, TimeProvider time, ILogger<PollingLease> logger)
{
    public const string Name = "telegram-polling";

    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan StandbyRetry = TimeSpan.FromSeconds(5);

    private readonly ILeaseStore? _store = stores.LastOrDefault();
    private bool _held;
    private bool _standingBy;
    private bool _unavailable;

    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private TimeSpan Duration => TimeSpan.FromSeconds(options.Value.PollingTimeoutSeconds) + Margin;

    /// <summary>
    /// Returns once this instance holds the lease (renewed for another poll). False when it had to take it (first
    /// time, or over from another instance): what was taken in meanwhile is in the shared offset, so reload it.
    /// </summary>
    public async Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            var first = !_held;
            _held = true;
            return !first;
        }

        while (true)
        {
            bool taken;
            try
            {
                taken = await _store.TryAcquireAsync(Name, Holder, time.GetUtcNow(), Duration, cancellationToken);
                _unavailable = false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (!_unavailable)
                {
                    TelegramLog.PollingLeaseUnavailable(logger, ex.Message);
                }

                _unavailable = true;
                taken = true;
            }

            if (taken)
            {
                var renewed = _held;
                if (!_held && !_unavailable)
                {
                    TelegramLog.PollingLeaseTaken(logger);
                }

                _held = true;
                _standingBy = false;
                return renewed;
            }

            _held = false;
            if (!_standingBy)
            {
                TelegramLog.PollingStandingBy(logger);
                _standingBy = true;
            }

            await Task.Delay(StandbyRetry, time, cancellationToken);
        }
    }

    /// <summary>On a graceful stop: another instance may take over at once.</summary>
    public async Task ReleaseAsync()
    {
        if (_store is null || !_held)
        {
            return;
        }

        _held = false;
        try
        {
            await _store.ReleaseAsync(Name, Holder, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // It runs out by itself.
            TelegramLog.PollingLeaseUnavailable(logger, ex.Message);
        }
    }
}
