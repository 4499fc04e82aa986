namespace BriefBot.Core.Resilience;

/// <summary>
/// The one retry wait every loop uses: <see cref="First"/> doubling after each failure up to <see cref="Cap"/>, each
/// wait then scaled by a random 50–100 % ("equal jitter") so instances that failed together do not retry together,
/// while a wait never falls below half its step. A server's own "retry after" is not this policy's: it is obeyed as given.
/// </summary>
public sealed class Backoff
{
    private readonly RetryJitter _jitter;

    /// <param name="jitter">The random part; a new <see cref="RetryJitter"/> (on <see cref="Random.Shared"/>) when not given.</param>
    public Backoff(TimeSpan first, TimeSpan cap, RetryJitter? jitter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(first, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, first);
        First = first;
        Cap = cap;
        _jitter = jitter ?? new RetryJitter();
    }

    public TimeSpan First { get; }

    public TimeSpan Cap { get; }

    /// <summary>Failures since the last success (or since the start).</summary>
    public int Failures { get; private set; }

    /// <summary>Counts a failure and gives the wait before the next try.</summary>
    public TimeSpan NextDelay() => DelayAfter(++Failures);

    /// <summary>The wait after the <paramref name="failures"/>th failure in a row, without counting it.</summary>
    public TimeSpan DelayAfter(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var step = Math.Min(First.Ticks * Math.Pow(2, Math.Min(failures - 1, 30)), Cap.Ticks);
        return TimeSpan.FromTicks((long)(step * (0.5 + (_jitter.Next() / 2))));
    }

    public void Reset() => Failures = 0;
}
