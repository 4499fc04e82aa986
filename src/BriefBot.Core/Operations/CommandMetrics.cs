using System.Diagnostics;
using System.Diagnostics.Metrics;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Operations;

/// <summary>Commands answered, by command and outcome, and how long each answer took.</summary>
public sealed class CommandMetrics
{
    private readonly Counter<long> _commands;
    private readonly Histogram<double> _duration;

    public CommandMetrics(IMeterFactory? meterFactory = null)
    {
        var meter = BriefBotMeter.Create(meterFactory);
        _commands = meter.CreateCounter<long>("briefbot.commands", unit: "{command}", description: "Commands answered, by command and outcome.");
        _duration = meter.CreateHistogram<double>(
            "briefbot.command.duration",
            unit: "s",
            description: "Time from a parsed command to its reply.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    }

    /// <param name="command">The command's name, or "unknown" / "invalid" for lines that named none we have.</param>
    public void Answered(string command, ReplyStatus outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "command", command }, { "outcome", OutcomeName(outcome) } };
        _commands.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    public static string OutcomeName(ReplyStatus status) => status switch
    {
        ReplyStatus.Ok => "ok",
        ReplyStatus.NotFound => "not_found",
        ReplyStatus.Ambiguous => "ambiguous",
        ReplyStatus.BadInput => "bad_input",
        ReplyStatus.Refused => "refused",
        ReplyStatus.RateLimited or ReplyStatus.Silenced => "rate_limited", // silenced: over the limit and already told
        ReplyStatus.Failed => "failed",
        _ => "other",
    };
}
