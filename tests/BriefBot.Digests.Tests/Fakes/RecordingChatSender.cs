using System.Collections.Concurrent;
using System.Threading.Channels;
using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;

namespace BriefBot.Digests.Tests.Fakes;

/// <summary>An <see cref="IChatSender"/> that records what it was asked to send and answers with scripted outcomes per chat.</summary>
internal class RecordingChatSender(string platform = "telegram") : IChatSender
{
    private readonly Channel<SentMessage> _sent = Channel.CreateUnbounded<SentMessage>();
    private readonly ConcurrentQueue<SentMessage> _all = new();
    private readonly ConcurrentDictionary<string, DeliveryResult> _outcomes = new();

    public string Platform => platform;

    public IReadOnlyList<SentMessage> Sent => _all.ToList();

    /// <summary>Every later send to <paramref name="chatId"/> gets this result.</summary>
    public void Answer(string chatId, DeliveryResult result) => _outcomes[chatId] = result;

    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken)
    {
        var result = _outcomes.GetValueOrDefault(chatId) ?? DeliveryResult.Sent;
        var message = new SentMessage(chatId, reply, idempotencyKey, result.Outcome);
        _all.Enqueue(message);
        _sent.Writer.TryWrite(message);
        return Task.FromResult(result);
    }

    /// <summary>Waits for the next send attempt (a safety-net timeout only; nothing polls).</summary>
    public async Task<SentMessage> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _sent.Reader.ReadAsync(timeout.Token);
    }
}

internal sealed class DeduplicatingChatSender(TimeSpan window, string platform = "discord") : RecordingChatSender(platform), IIdempotentChatSender
{
    public TimeSpan DeduplicationWindow => window;
}

internal sealed record SentMessage(string ChatId, Reply Reply, string IdempotencyKey, DeliveryOutcome Outcome);
