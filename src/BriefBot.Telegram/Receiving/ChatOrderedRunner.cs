using Telegram.Bot.Types;

namespace BriefBot.Telegram.Receiving;

/// <summary>
/// Runs updates concurrently across chats but one after another within a chat, so a busy chat (paced at about
/// one message a second) never holds up the others and a chat's answers keep their order.
/// </summary>
internal sealed class ChatOrderedRunner
{
    private readonly Dictionary<long, Task> _tails = [];
    private readonly Lock _gate = new();

    public Task Run(Update update, Func<Update, Task> handle)
    {
        var chat = ChatOf(update);
        lock (_gate)
        {
            var previous = _tails.GetValueOrDefault(chat) ?? Task.CompletedTask;
            var next = RunAfterAsync(previous, update, handle);
            _tails[chat] = next;
            _ = next.ContinueWith(_ => Forget(chat, next), TaskScheduler.Default);
            return next;
        }
    }

    private static async Task RunAfterAsync(Task previous, Update update, Func<Update, Task> handle)
    {
        // Never run a command on the caller's thread: the webhook answers 200 at once, the poller takes the next chat.
        await Task.Yield();
        try
        {
            await previous;
        }
        catch (OperationCanceledException)
        {
            // The chat's previous update was cancelled; this one still gets its turn (or its own cancellation).
        }

        await handle(update);
    }

    private void Forget(long chat, Task finished)
    {
        lock (_gate)
        {
            if (_tails.TryGetValue(chat, out var tail) && tail == finished)
            {
                _tails.Remove(chat);
            }
        }
    }

    private static long ChatOf(Update update) =>
        update.Message?.Chat.Id
        ?? update.ChannelPost?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? 0;
}
