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
    private readonly List<(DateTime End, double Ms, string Collection)> _pauses = [];
    private DateTime? _suspended;
    private string _collection = "none";

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

    /// <summary>What the longest pause that ended between the two moments collected: "gen 2 blocking, reason 1" and the like.</summary>
    public string CollectionOfLongest(DateTime from, DateTime to)
    {
        lock (_gate)
        {
            return _pauses.Where(p => p.End >= from && p.End <= to).OrderByDescending(p => p.Ms).Select(p => p.Collection).DefaultIfEmpty("none").First();
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
                _collection = "none";
            }
            else if (eventData.EventId == GcStart)
            {
                // GCStart_V2: Depth (generation), Reason (GC reason code), Type (0 blocking, 1 background, 2 foreground).
                _collection = $"gen {Field(eventData, "Depth")} {Field(eventData, "Type") switch { "0" => "blocking", "1" => "background", "2" => "foreground", var t => t }}, reason {Field(eventData, "Reason")}";
            }
            else if (eventData.EventId == RestartEnd && _suspended is { } began)
            {
                _pauses.Add((eventData.TimeStamp, (eventData.TimeStamp - began).TotalMilliseconds, _collection));
                _suspended = null;
            }
        }
    }

    private static string Field(EventWrittenEventArgs e, string name) =>
        e.PayloadNames?.IndexOf(name) is >= 0 and var i ? Convert.ToString(e.Payload![i], System.Globalization.CultureInfo.InvariantCulture) ?? "?" : "?";
}
