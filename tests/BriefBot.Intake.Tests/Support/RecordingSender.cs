using System.Collections.Concurrent;
using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;

namespace BriefBot.Intake.Tests.Support;

/// <summary>A chat platform's sender that records what it was asked to send (notices about feeds, digests).</summary>
internal sealed class RecordingSender(string platform = "telegram") : IChatSender
{
    private readonly ConcurrentQueue<(string ChatId, string Text)> _sent = new();

    public string Platform => platform;

    public IReadOnlyList<(string ChatId, string Text)> Sent => [.. _sent];

    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken)
    {
        _sent.Enqueue((chatId, PlainTextRenderer.Render(reply)));
        return Task.FromResult(DeliveryResult.Sent);
    }
}
