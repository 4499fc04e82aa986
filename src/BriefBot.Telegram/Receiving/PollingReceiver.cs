using BriefBot.Core.Operations;
using BriefBot.Core.Resilience;
using BriefBot.Core.Subscriptions;
using BriefBot.Telegram.Api;
using BriefBot.Telegram.Logging;
using BriefBot.Telegram.Options;
using BriefBot.Telegram.Startup;
using BriefBot.Telegram.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefBot.Telegram.Receiving;

/// <summary>
/// Long polling that never dies and never waits for a slow chat: each batch's updates go to their chats' lanes and
/// the next poll starts at once, so a chat whose command or send hangs delays only itself.
/// The offset: a batch's updates are first written to the pending journal, then the offset is saved, and the
/// next getUpdates confirms them to Telegram. Each update leaves the journal once handled; what a stop or a crash
/// interrupts is handled after the restart, from the journal, and nothing else is handled twice.
/// In flight is bounded: per chat (the excess is logged, not handled) and in all (polling waits for room).
/// Errors back off (capped exponential with jitter); a rejected token stops it, and the host with it.
/// </summary>
internal sealed class PollingReceiver(
    BotClientHolder bot,
    TelegramStartup startup,
    TelegramUpdateHandler handler,
    IUpdateOffsetStore offsets,
    PendingUpdateJournal journal,
    PollingLease lease,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    RetryJitter jitter,
    IHostApplicationLifetime lifetime,
    [FromKeyedServices(TelegramOptions.Platform)] PlatformContact contact,
    ILogger<PollingReceiver> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery];

    private readonly ChatOrderedRunner _runner = new(options.Value.Receiving.MaxUpdatesPerChat);

    // Updates already taken in are finished on stop (until the host's shutdown timeout), then cancelled; a cancelled
    // one stays in the journal and is handled after the restart.
    private readonly CancellationTokenSource _handling = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using (cancellationToken.Register(_handling.Cancel))
        {
            await base.StopAsync(cancellationToken);
        }
    }

    public override void Dispose()
    {
        _handling.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await lease.HoldAsync(stoppingToken);
            var lastTaken = await ReplayPendingAsync(await LoadOffsetAsync(stoppingToken), stoppingToken);
            await PollAsync(lastTaken, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            await lease.ReleaseAsync();
            await _runner.WhenAllFinishedAsync();
        }
    }

    private async Task PollAsync(long? lastTaken, CancellationToken stoppingToken)
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(options.Value.MaxBackoffSeconds), jitter);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WaitForRoomAsync(stoppingToken);
                if (!await lease.HoldAsync(stoppingToken))
                {
                    // Taken over from another instance: it confirmed updates up to the shared offset.
                    lastTaken = Max(lastTaken, await LoadOffsetAsync(stoppingToken));
                }

                await startup.EnsureReadyAsync(stoppingToken);
                var updates = await bot.Client.GetUpdates(
                    offset: lastTaken is { } last ? (int)(last + 1) : null,
                    timeout: options.Value.PollingTimeoutSeconds,
                    allowedUpdates: Wanted,
                    cancellationToken: stoppingToken);
                contact.Connected();
                if (backoff.Failures > 0)
                {
                    TelegramLog.Recovered(logger, "getUpdates", backoff.Failures);
                    backoff.Reset();
                }

                var fresh = updates.Where(u => lastTaken is null || u.Id > lastTaken).OrderBy(u => u.Id).ToList();
                if (fresh.Count > 0)
                {
                    // Taken in even if keeping them fails below: they are queued already, and must not be fetched again.
                    lastTaken = fresh[^1].Id;
                    await TakeInAsync(fresh);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is TokenRejectedException || BotApiErrors.IsUnauthorized(ex))
            {
                StopForRejectedToken();
                return;
            }
            catch (Exception ex)
            {
                var delay = backoff.NextDelay();
                TelegramLog.RetryingAfterError(logger, "getUpdates", (long)delay.TotalMilliseconds, bot.Redactor.Describe(ex));
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    /// <summary>Queues the batch in the lanes; their handling starts once the batch is journaled and the offset saved.</summary>
    private async Task TakeInAsync(IReadOnlyList<Update> updates)
    {
        var journaled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            foreach (var update in updates)
            {
                if (Queue(update, journaled.Task))
                {
                    await KeepPendingAsync(update);
                }
            }

            await SaveOffsetAsync(updates[^1].Id);
        }
        finally
        {
            journaled.TrySetResult();
        }
    }

    private async Task<long?> ReplayPendingAsync(long? savedOffset, CancellationToken cancellationToken)
    {
        IReadOnlyList<Update> pending;
        try
        {
            var (updates, unreadable) = await journal.LoadAsync(cancellationToken);
            if (unreadable.Count > 0)
            {
                TelegramLog.JournalUnreadable(logger, unreadable.Count, journal.Folder, string.Join(", ", unreadable));
            }

            pending = updates;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TelegramLog.JournalNotRead(logger, journal.Folder, ex.Message);
            return savedOffset;
        }

        if (pending.Count == 0)
        {
            return savedOffset;
        }

        TelegramLog.Replaying(logger, pending.Count);
        foreach (var update in pending)
        {
            Queue(update, Task.CompletedTask);
        }

        // An update is journaled before the offset is saved: one journaled after the last save was never confirmed.
        return Math.Max(savedOffset ?? long.MinValue, pending[^1].Id);
    }

    private bool Queue(Update update, Task journaled)
    {
        if (_runner.TryRun(update, u => HandleAsync(u, journaled)) is not null)
        {
            return true;
        }

        TelegramLog.UpdateDropped(logger, ChatOrderedRunner.ChatOf(update), options.Value.Receiving.MaxUpdatesPerChat, update.Id);
        Forget(update.Id);
        return false;
    }

    private async Task HandleAsync(Update update, Task journaled)
    {
        await journaled;
        try
        {
            await handler.HandleAsync(update, _handling.Token);
        }
        catch (OperationCanceledException) when (_handling.IsCancellationRequested)
        {
            return; // Left in the journal: handled after the restart.
        }
        catch (TokenRejectedException)
        {
            StopForRejectedToken();
            return;
        }

        Forget(update.Id);
    }

    private async Task WaitForRoomAsync(CancellationToken cancellationToken)
    {
        var limit = options.Value.Receiving.MaxUpdatesInFlight;
        if (_runner.InFlight >= limit)
        {
            TelegramLog.InFlightFull(logger, _runner.InFlight);
            await _runner.WaitUntilBelowAsync(limit, cancellationToken);
        }
    }

    // The journal and the offset file guard against a crash; a disk that refuses them must not stop the bot.
    private async Task KeepPendingAsync(Update update)
    {
        try
        {
            await journal.SaveAsync(update, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TelegramLog.JournalFailed(logger, update.Id, journal.Folder, ex.Message);
        }
    }

    private void Forget(long updateId)
    {
        try
        {
            journal.Forget(updateId);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TelegramLog.JournalFailed(logger, updateId, journal.Folder, ex.Message);
        }
    }

    private async Task SaveOffsetAsync(long lastTaken)
    {
        try
        {
            await offsets.SaveAsync(lastTaken, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or StorageUnavailableException or System.Data.Common.DbException)
        {
            TelegramLog.OffsetNotSaved(logger, OffsetPlace, ex.Message);
        }
    }

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private string OffsetPlace => offsets is FileUpdateOffsetStore file ? file.FilePath : "the database";

    private void StopForRejectedToken()
    {
        TelegramLog.TokenRejected(logger);
        lifetime.StopApplication();
    }

    private async Task<long?> LoadOffsetAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await offsets.LoadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or StorageUnavailableException or System.Data.Common.DbException)
        {
            TelegramLog.OffsetUnreadable(logger, OffsetPlace, ex.Message);
            return null;
        }
    }
}
