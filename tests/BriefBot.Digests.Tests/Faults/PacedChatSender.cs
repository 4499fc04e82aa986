using System.Collections.Concurrent;
using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>
/// A sender that paces like the real ones: every message waits for <see cref="Turns"/> (its pacing turn), then calls
/// the caller back just before it "leaves", then is recorded as sent.
/// </summary>
internal sealed class PacedChatSender(string platform = "telegram") : IChatSender
{
    private readonly ConcurrentQueue<string> _sent = new();
    private readonly TaskCompletionSource _someoneWaits = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Platform => platform;

    /// <summary>Completes when the senders may go.</summary>
    public Task Turns { get; set; } = Task.CompletedTask;

    /// <summary>Completes once a message is waiting for its turn.</summary>
    public Task SomeoneWaits => _someoneWaits.Task;

    public IReadOnlyList<string> Sent => [.. _sent];

    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, idempotencyKey, _ => Task.CompletedTask, cancellationToken);

    public async Task<DeliveryResult> SendAsync(
        string chatId, Reply reply, string idempotencyKey, Func<CancellationToken, Task> beforeSending, CancellationToken cancellationToken)
    {
        _someoneWaits.TrySetResult();
        await Turns.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        await beforeSending(cancellationToken);
        _sent.Enqueue(chatId);
        return DeliveryResult.Sent;
    }
}
