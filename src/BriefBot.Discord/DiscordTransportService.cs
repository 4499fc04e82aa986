using BriefBot.Discord.Gateway;
using BriefBot.Discord.Interactions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord;

/// <summary>
/// Registers the slash commands (retrying in the background while Discord fails to answer) and keeps the gateway
/// session alive to answer interactions.
/// </summary>
internal sealed partial class DiscordTransportService(
    CommandRegistrar registrar,
    DiscordGateway gateway,
    InteractionDispatcher dispatcher,
    DiscordTransportState state,
    ILogger<DiscordTransportService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, state.StoppedToken);
        var registering = Task.CompletedTask;
        try
        {
            LogStarting(logger);
            registering = registrar.RegisterUntilAnsweredAsync(running.Token);
            await gateway.RunAsync((type, data) => dispatcher.Dispatch(type, data, running.Token), running.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (running.IsCancellationRequested)
        {
        }
        finally
        {
            await dispatcher.DrainAsync().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await running.CancelAsync().ConfigureAwait(false);
            await registering.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (state.IsStopped)
        {
            LogStopped(logger, state.StopReason ?? "unknown");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord transport starting")]
    private static partial void LogStarting(ILogger logger);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord transport stopped: {Reason}. Telegram and the rest keep running.")]
    private static partial void LogStopped(ILogger logger, string reason);
}
