using Telegram.Bot.Types;

namespace BriefBot.Telegram.Receiving;

/// <summary>Handles one getUpdates batch and says up to which update_id everything is done.</summary>
internal static class UpdateBatch
{
    /// <returns>The highest update_id such that it and every earlier one in the batch were handled; null if the first was not.</returns>
    public static async Task<long?> HandleAsync(IReadOnlyList<Update> updates, ChatOrderedRunner runner, Func<Update, Task> handle)
    {
        var ordered = updates.OrderBy(u => u.Id).ToList();
        var tasks = ordered.Select(u => runner.Run(u, handle)).ToList();
        try
        {
            await Task.WhenAll(tasks);
        }
        catch (Exception) when (tasks.All(t => t.IsCompleted))
        {
            // Inspected one by one below; the caller learns about failures from the returned id.
        }

        long? handledUpTo = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!tasks[i].IsCompletedSuccessfully)
            {
                var failure = tasks[i].Exception?.InnerException;
                if (failure is not null and not OperationCanceledException)
                {
                    throw failure;
                }

                break;
            }

            handledUpTo = ordered[i].Id;
        }

        return handledUpTo;
    }
}
