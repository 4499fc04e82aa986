using System.Diagnostics.Tracing;

namespace BriefBot.Benchmarks.Measuring;

/// <summary>
/// Every GC pause while it listens, from the runtime's own events (execution suspended until restarted), so a
/// slow answer can be told apart from a slow collection: on a shared machine the scheduler makes slow answers too.
/// </summary>
internal sealed class GcPauses : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int SuspendBegin = 9;
    private const int RestartEnd = 3;
    private const int GcStart = 1;
    private readonly Lock _gate = new();
    private readonly List<(DateTime End, double Ms, int Generation)> _pauses = [];
    private DateTime? _suspended;
    private int _generation = -1;

    /// <summary>Pauses that ended between the two moments, in milliseconds.</summary>
    public Latencies Between(DateTime from, DateTime to)
    {
        var latencies = new Latencies();
        lock (_gate)
        {
            latencies.AddRange(_pauses.Where(p => p.End >= from && p.End <= to).Select(p => p.Ms));
        }

        return latencies;
    }

    /// <summary>The generation collected in the longest pause that ended between the two moments (-1: none seen).</summary>
    public int GenerationOfLongest(DateTime from, DateTime to)
    {
        lock (_gate)
        {
            return _pauses.Where(p => p.End >= from && p.End <= to).OrderByDescending(p => p.Ms).Select(p => p.Generation).DefaultIfEmpty(-1).First();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        lock (_gate)
        {
            if (eventData.EventId == SuspendBegin)
            {
                _suspended = eventData.TimeStamp;
                _generation = -1;
            }
            else if (eventData.EventId == GcStart && eventData.PayloadNames?.IndexOf("Depth") is >= 0 and var depth)
            {
                _generation = Convert.ToInt32(eventData.Payload![depth], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (eventData.EventId == RestartEnd && _suspended is { } began)
            {
                _pauses.Add((eventData.TimeStamp, (eventData.TimeStamp - began).TotalMilliseconds, _generation));
                _suspended = null;
            }
        }
    }
}
