using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Discord.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also reports every timer created on it, so a test can wait until the code
/// under test has armed a delay (a heartbeat, a back-off, a reply budget) and only then move the clock past it.
/// </summary>
public sealed class ObservedTime : TimeProvider
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(20);

    private readonly FakeTimeProvider _fake = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private readonly List<Armed> _armed = [];
    private readonly Lock _lock = new();

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _fake.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            var waiting = _armed.FirstOrDefault(a => a.Waiter is not null && !a.Taken && a.Due == dueTime);
            if (waiting is not null)
            {
                waiting.Taken = true;
                waiting.Waiter!.TrySetResult();
            }
            else
            {
                _armed.Add(new Armed(dueTime));
            }
        }

        return timer;
    }

    /// <summary>Waits until a timer due after <paramref name="due"/> has been armed (one not yet waited for).</summary>
    public Task WaitForTimerAsync(TimeSpan due)
    {
        lock (_lock)
        {
            var seen = _armed.FirstOrDefault(a => a.Waiter is null && !a.Taken && a.Due == due);
            if (seen is not null)
            {
                seen.Taken = true;
                return Task.CompletedTask;
            }

            var waiter = new Armed(due) { Waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
            _armed.Add(waiter);
            return waiter.Waiter.Task.WaitAsync(SafetyNet);
        }
    }

    /// <summary>Waits for a timer of <paramref name="due"/> to be armed, then moves the clock by exactly that much.</summary>
    public async Task AdvanceWhenArmedAsync(TimeSpan due)
    {
        await WaitForTimerAsync(due).ConfigureAwait(false);
        _fake.Advance(due);
    }

    public void Advance(TimeSpan by) => _fake.Advance(by);

    private sealed class Armed(TimeSpan due)
    {
        public TimeSpan Due { get; } = due;

        public bool Taken { get; set; }

        public TaskCompletionSource? Waiter { get; init; }
    }
}
