using BriefBot.Core.Commands;

namespace BriefBot.Telegram.Tests.Support;

/// <summary>
/// Makes the command handler hang for one chat (as a locked database would) until released;
/// <see cref="Entered"/> completes when the first such command has started.
/// </summary>
internal sealed class StuckChat
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StuckChat(long chatId) => ChatId = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string ChatId { get; }

    public Task Entered => _entered.Task;

    public static StuckChat In(FakeCommandRouter router, long chatId)
    {
        var stuck = new StuckChat(chatId);
        router.BeforeAnswer = stuck.WaitAsync;
        return stuck;
    }

    public void Release() => _released.TrySetResult();

    private Task WaitAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        if (context.ChatId != ChatId)
        {
            return Task.CompletedTask;
        }

        _entered.TrySetResult();
        return _released.Task.WaitAsync(cancellationToken);
    }
}
