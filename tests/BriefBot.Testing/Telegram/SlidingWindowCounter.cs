namespace BriefBot.Testing.Telegram;

/// <summary>Counts events per key over a sliding window; says how long to wait when the limit is reached.</summary>
internal sealed class SlidingWindowCounter(int limit, TimeSpan window)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _events = [];

    /// <returns>Null when the event is counted; otherwise how long until it would be allowed.</returns>
    public TimeSpan? TryCount(string key, DateTimeOffset now)
    {
        if (!_events.TryGetValue(key, out var events))
        {
            events = new Queue<DateTimeOffset>();
            _events[key] = events;
        }

        while (events.Count > 0 && events.Peek() <= now - window)
        {
            events.Dequeue();
        }

        if (events.Count >= limit)
        {
            return events.Peek() + window - now;
        }

        events.Enqueue(now);
        return null;
    }

    /// <summary>Takes back an event counted by <see cref="TryCount"/> when a later check refused the request.</summary>
    public void Uncount(string key)
    {
        if (_events.TryGetValue(key, out var events) && events.Count > 0)
        {
            // The last one enqueued is the newest; rebuild without it.
            var kept = events.ToArray()[..^1];
            _events[key] = new Queue<DateTimeOffset>(kept);
        }
    }
}
