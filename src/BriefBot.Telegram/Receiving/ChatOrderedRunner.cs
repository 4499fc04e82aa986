using Telegram.Bot.Types;

namespace BriefBot.Telegram.Receiving;

/// <summary>
/// Runs updates concurrently across chats but one after another within a chat (a lane per chat), so a slow or stuck
/// chat never holds up the others and a chat's answers keep their order. Counts what is in flight, per chat and in
/// all, so the caller can bound it.
/// </summary>
internal sealed class ChatOrderedRunner(int maxPerChat = int.MaxValue)
{
    private readonly Dictionary<long, Lane> _lanes = [];
    private readonly Lock _gate = new();
    private int _inFlight;
    private TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Updates running or waiting their turn, in all chats.</summary>
    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight;
            }
        }
    }

    /// <summary>Queues the update in its chat's lane; null (and nothing queued) when that lane already holds its maximum.</summary>
    public Task? TryRun(Update update, Func<Update, Task> handle)
    {
        var chat = ChatOf(update);
        lock (_gate)
        {
            if (!_lanes.TryGetValue(chat, out var lane))
            {
                lane = new Lane();
                _lanes[chat] = lane;
            }

            if (lane.Count >= maxPerChat)
            {
                return null;
            }

            lane.Count++;
            _inFlight++;
            var next = RunAfterAsync(lane.Tail, update, handle);
            lane.Tail = next;
            _ = next.ContinueWith(_ => Finished(chat, lane), TaskScheduler.Default);
            return next;
        }
    }

    /// <summary>Completes once fewer than <paramref name="limit"/> updates are in flight.</summary>
    public async Task WaitUntilBelowAsync(int limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task finished;
            lock (_gate)
            {
                if (_inFlight < limit)
                {
                    return;
                }

                finished = _finished.Task;
            }

            await finished.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Completes when every update taken in has finished (handled, failed or cancelled).</summary>
    public Task WhenAllFinishedAsync() => WaitUntilBelowAsync(1, CancellationToken.None);

    public static long ChatOf(Update update) =>
        update.Message?.Chat.Id
        ?? update.ChannelPost?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? 0;

    private static async Task RunAfterAsync(Task previous, Update update, Func<Update, Task> handle)
    {
        // Never run a command on the caller's thread: the webhook answers 200 at once, the poller takes the next chat.
        await Task.Yield();
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await handle(update);
    }

    private void Finished(long chat, Lane lane)
    {
        TaskCompletionSource finished;
        lock (_gate)
        {
            lane.Count--;
            _inFlight--;
            if (lane.Count == 0 && _lanes.TryGetValue(chat, out var current) && current == lane)
            {
                _lanes.Remove(chat);
            }

            finished = _finished;
            _finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        finished.TrySetResult();
    }

    private sealed class Lane
    {
        public Task Tail { get; set; } = Task.CompletedTask;

        public int Count { get; set; }
    }
}
