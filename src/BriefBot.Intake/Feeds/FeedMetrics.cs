using System.Diagnostics.Metrics;
using BriefBot.Core.Operations;

namespace BriefBot.Intake.Feeds;

/// <summary>
/// Feed polls by outcome: "added" (new articles stored), "unchanged" (read, nothing new stored), "not_modified" (the
/// server answered 304) or "failed". A feed's first read, by /feeds add, counts as a poll too.
/// </summary>
public sealed class FeedMetrics
{
    private readonly Counter<long> _polls;

    public FeedMetrics(IMeterFactory? meterFactory = null)
    {
        _polls = BriefBotMeter.Create(meterFactory)
            .CreateCounter<long>("briefbot.feed_polls", unit: "{poll}", description: "Feed polls by outcome (added, unchanged, not_modified, failed).");
    }

    public void Polled(FeedPollResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _polls.Add(1, new KeyValuePair<string, object?>("outcome", OutcomeOf(result)));
    }

    private static string OutcomeOf(FeedPollResult result) =>
        result.Error is not null ? "failed"
        : result.NotModified ? "not_modified"
        : result.Added.Count > 0 ? "added"
        : "unchanged";
}
