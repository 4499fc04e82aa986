using System.Threading.RateLimiting;

namespace BriefBot.Telegram.Sending;

/// <summary>
/// At most <c>permits</c> messages in any <c>window</c>: a <see cref="ConcurrencyLimiter"/> whose permits are handed back
/// one window after each message arrived (or was given up), timed by a <see cref="TimeProvider"/> (so tests drive it with FakeTimeProvider).
/// The replenishing limiters of System.Threading.RateLimiting read the wall clock even when replenished by hand, so they are not used.
/// A permit comes back 2 % later than the window: timers tick on a coarse clock and may fire a little early, and a
/// message that reaches Telegram a millisecond too soon costs a 429 and a whole second's <c>retry_after</c>.
/// </summary>
internal sealed class SlidingWindowGate : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly int _permits;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;

    public SlidingWindowGate(int permits, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        _permits = permits;
        _window = window + window / 50;
        _time = time;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>True when nobody waits and every permit is back: forgetting the gate changes nothing.</summary>
    public bool IsIdle => _limiter.GetStatistics() is { CurrentQueuedCount: 0 } stats && stats.CurrentAvailablePermits == _permits;

    /// <summary>Waits for a permit; disposing the result starts the window after which the permit returns.</summary>
    public async Task<IDisposable> WaitAsync(CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException("The pacing queue refused a message.");
        }

        return new Permit(lease, _window, _time);
    }

    public void Dispose() => _limiter.Dispose();

    private sealed class Permit(RateLimitLease lease, TimeSpan window, TimeProvider time) : IDisposable
    {
        private ITimer? _timer;
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            _timer = time.CreateTimer(_ => Return(), null, window, Timeout.InfiniteTimeSpan);
        }

        private void Return()
        {
            lease.Dispose();
            _timer?.Dispose();
        }
    }
}
