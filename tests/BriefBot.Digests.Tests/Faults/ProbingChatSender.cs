using System.Collections.Concurrent;
using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Core.Subscriptions;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>At every send, counts the ledger rows claimed ("attempted") at that moment: what a kill right then would leave in doubt.</summary>
internal sealed class ProbingChatSender(string platform = "telegram") : IChatSender
{
    private readonly ConcurrentQueue<int> _claimedAtSend = new();

    public string Platform => platform;

    /// <summary>Set once the host is built (the ledger lives in it).</summary>
    public IDeliveryLedger? Ledger { get; set; }

    /// <summary>The first send waits for this (the others pile up behind it meanwhile).</summary>
    public Task FirstSendMayGo { get; set; } = Task.CompletedTask;

    public IReadOnlyList<int> ClaimedAtEachSend => [.. _claimedAtSend];

    public async Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (_claimedAtSend.IsEmpty)
        {
            await FirstSendMayGo.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        var claimed = await Ledger!.ListInDoubtAsync(CancellationToken.None);
        _claimedAtSend.Enqueue(claimed.Count);
        return DeliveryResult.Sent;
    }
}
