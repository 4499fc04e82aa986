using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Takes gateway dispatches off the receive loop: each interaction is answered on its own task so a slow
/// command never delays heartbeats or other users. Tracks the tasks so shutdown can let them finish.
/// </summary>
internal sealed partial class InteractionDispatcher(InteractionResponder responder, ILogger<InteractionDispatcher> logger)
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public void Dispatch(string eventType, JsonElement data, CancellationToken cancellationToken)
    {
        if (eventType != "INTERACTION_CREATE")
        {
            return;
        }

        var task = Task.Run(() => RespondSafelyAsync(data, cancellationToken), CancellationToken.None);
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task DrainAsync() => Task.WhenAll(_running.Keys);

    /// <remarks>Nothing escapes: a failure of any kind is logged with the interaction's id and the asker gets an apology.</remarks>
    private async Task RespondSafelyAsync(JsonElement data, CancellationToken cancellationToken)
    {
        InteractionPayload interaction;
        try
        {
            interaction = InteractionPayload.Parse(data);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException)
        {
            LogUnreadable(logger, ex);
            return;
        }

        try
        {
            await responder.RespondAsync(interaction, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, interaction.Id);
            await ApologiseAsync(interaction, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ApologiseAsync(InteractionPayload interaction, CancellationToken cancellationToken)
    {
        try
        {
            await responder.ApologiseAsync(interaction, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogApologyFailed(logger, ex, interaction.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read a Discord interaction")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not answer Discord interaction {InteractionId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not apologise for Discord interaction {InteractionId}")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception, string interactionId);
}
