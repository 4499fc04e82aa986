using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Telegram.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows its armed timers, so a harness can move it by exactly the time to the
/// next one that is due (<see cref="NextDue"/>) instead of by guessed steps. <see cref="Changed"/> is raised whenever a
/// timer is armed, changed, fired or disposed.
/// </summary>
public class SteppingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _gate = new();
    private readonly HashSet<Tracked> _armed = [];

    public SteppingClock()
        : this(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public event Action? Changed;

    /// <summary>When the earliest armed timer is due, or null when none is armed.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_gate)
            {
                return _armed.Count == 0 ? null : _armed.Min(t => t.Due);
            }
        }
    }

    /// <summary>Moves the clock to the earliest armed timer (firing it and any due with it); false when none is armed.</summary>
    public bool AdvanceToNextDue()
    {
        if (NextDue is not { } due)
        {
            return false;
        }

        var now = GetUtcNow();
        Advance(due > now ? due - now : TimeSpan.Zero);
        return true;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var tracked = new Tracked(this);
        tracked.Arm(dueTime, period);
        tracked.Inner = base.CreateTimer(s => { tracked.Fired(); callback(s); }, state, dueTime, period);
        return tracked;
    }

    private void Update(Tracked timer, DateTimeOffset? due)
    {
        lock (_gate)
        {
            if (due is { } at)
            {
                timer.Due = at;
                _armed.Add(timer);
            }
            else
            {
                _armed.Remove(timer);
            }
        }

        Changed?.Invoke();
    }

    private sealed class Tracked(SteppingClock clock) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public ITimer? Inner { get; set; }

        public DateTimeOffset Due { get; set; }

        public void Arm(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            clock.Update(this, dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime);
        }

        public void Fired() =>
            clock.Update(this, _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? null : clock.GetUtcNow() + _period);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Arm(dueTime, period);
            return Inner?.Change(dueTime, period) ?? false;
        }

        public void Dispose()
        {
            clock.Update(this, null);
            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
