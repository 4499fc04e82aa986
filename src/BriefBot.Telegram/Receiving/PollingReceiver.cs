using BriefBot.Telegram.Api;
using BriefBot.Telegram.Logging;
using BriefBot.Telegram.Options;
using BriefBot.Telegram.Startup;
using BriefBot.Telegram.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace BriefBot.Telegram.Receiving;

/// <summary>
/// Long polling that never dies: errors back off (capped exponential with jitter) and polling resumes on its own.
/// The offset is confirmed to Telegram and saved only after a batch's updates were handled.
/// A rejected token is the one thing that stops it, and it stops the host with it.
/// </summary>
internal sealed class PollingReceiver(
    BotClientHolder bot,
    TelegramStartup startup,
    TelegramUpdateHandler handler,
    IUpdateOffsetStore offsets,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<PollingReceiver> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery];

    private readonly ChatOrderedRunner _runner = new();

    // Updates already taken in are finished on stop (until the host's shutdown timeout), so they are saved as handled
    // rather than answered and then replayed after the restart.
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
        var backoff = new Backoff(TimeSpan.FromSeconds(options.Value.MaxBackoffSeconds));
        var lastHandled = await LoadOffsetAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await startup.EnsureReadyAsync(stoppingToken);
                var updates = await bot.Client.GetUpdates(
                    offset: lastHandled is { } last ? (int)(last + 1) : null,
                    timeout: options.Value.PollingTimeoutSeconds,
                    allowedUpdates: Wanted,
                    cancellationToken: stoppingToken);
                if (backoff.Failures > 0)
                {
                    TelegramLog.Recovered(logger, "getUpdates", backoff.Failures);
                    backoff.Reset();
                }

                if (updates.Length == 0)
                {
                    continue;
                }

                var handledUpTo = await UpdateBatch.HandleAsync(updates, _runner, u => handler.HandleAsync(u, _handling.Token));
                if (handledUpTo is { } id)
                {
                    lastHandled = id;
                    await offsets.SaveAsync(id, CancellationToken.None);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is TokenRejectedException || BotApiErrors.IsUnauthorized(ex))
            {
                TelegramLog.TokenRejected(logger);
                lifetime.StopApplication();
                return;
            }
            catch (Exception ex)
            {
                var delay = backoff.NextDelay();
                TelegramLog.RetryingAfterError(logger, "getUpdates", (long)delay.TotalMilliseconds, bot.Redactor.Describe(ex));
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<long?> LoadOffsetAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await offsets.LoadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            TelegramLog.OffsetUnreadable(logger, options.Value.OffsetPath, ex.Message);
            return null;
        }
    }
}
