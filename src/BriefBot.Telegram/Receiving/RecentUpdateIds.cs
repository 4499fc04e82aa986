namespace BriefBot.Telegram.Receiving;

/// <summary>
/// The update ids seen most recently, so an update Telegram delivers twice (it re-sends a webhook request it
/// believes failed) is answered once. Bounded: the oldest ids are forgotten first.
/// </summary>
internal sealed class RecentUpdateIds(int capacity)
{
    private readonly HashSet<long> _seen = [];
    private readonly Queue<long> _order = new();
    private readonly Lock _gate = new();

    /// <summary>True the first time an id is offered, false for a repeat still remembered.</summary>
    public bool TryAdd(long updateId)
    {
        lock (_gate)
        {
            if (!_seen.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
