using System.Diagnostics.Metrics;
using BriefBot.Core.Operations;

namespace BriefBot.Digests;

/// <summary>Digest runs by result: sent, failed (tried and not delivered) or skipped (nothing to do, or not ours).</summary>
internal sealed class DigestMetrics : IDigestRunObserver
{
    private readonly Counter<long> _digests;

    public DigestMetrics(IMeterFactory? meterFactory = null)
    {
        _digests = BriefBotMeter.Create(meterFactory)
            .CreateCounter<long>("briefbot.digests", unit: "{digest}", description: "Digest runs by result (sent, failed, skipped) and reason.");
    }

    public Task RunCompletedAsync(long subscriptionId, DateOnly localDate, DigestRunOutcome outcome)
    {
        _digests.Add(1, new KeyValuePair<string, object?>("result", ResultOf(outcome)), new KeyValuePair<string, object?>("reason", ReasonOf(outcome)));
        return Task.CompletedTask;
    }

    private static string ResultOf(DigestRunOutcome outcome) => outcome switch
    {
        DigestRunOutcome.Sent => "sent",
        DigestRunOutcome.AlreadyHandled or DigestRunOutcome.NotSubscribed or DigestRunOutcome.NoSender => "skipped",
        _ => "failed",
    };

    private static string ReasonOf(DigestRunOutcome outcome) => outcome switch
    {
        DigestRunOutcome.Sent => "sent",
        DigestRunOutcome.AlreadyHandled => "already_handled",
        DigestRunOutcome.NotSubscribed => "not_subscribed",
        DigestRunOutcome.NoSender => "no_sender",
        DigestRunOutcome.Paused => "paused",
        DigestRunOutcome.RetryLater => "retry_later",
        DigestRunOutcome.GaveUp => "gave_up",
        DigestRunOutcome.InDoubt => "in_doubt",
        _ => "other",
    };
}
