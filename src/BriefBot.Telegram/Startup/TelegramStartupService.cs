using BriefBot.Telegram.Api;
using BriefBot.Telegram.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Telegram.Startup;

/// <summary>
/// Talks to the Bot API while the host starts: a rejected token stops the host right there.
/// If Telegram cannot be reached, the host starts anyway and the receiver finishes the start-up when it can.
/// </summary>
internal sealed class TelegramStartupService(TelegramStartup startup, BotClientHolder bot, ILogger<TelegramStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await startup.EnsureReadyAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not TokenRejectedException && !cancellationToken.IsCancellationRequested)
        {
            TelegramLog.StartupDeferred(logger, bot.Redactor.Describe(ex));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
