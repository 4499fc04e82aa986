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

    private async Task RespondSafelyAsync(JsonElement data, CancellationToken cancellationToken)
    {
        try
        {
            await responder.RespondAsync(InteractionPayload.Parse(data), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or HttpRequestException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not answer a Discord interaction")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
