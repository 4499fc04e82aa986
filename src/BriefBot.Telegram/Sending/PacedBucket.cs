using System.Threading.RateLimiting;

namespace BriefBot.Telegram.Sending;

/// <summary>
/// A token bucket from System.Threading.RateLimiting whose tokens are added by a <see cref="TimeProvider"/> timer
/// rather than its own wall-clock timer, so tests drive it with FakeTimeProvider.
/// Allows <c>ratePerSecond</c> on average, in steps of about a tenth of a second, never more than one step at once.
/// </summary>
internal sealed class PacedBucket : IDisposable
{
    private readonly TokenBucketRateLimiter _limiter;
    private readonly ITimer _timer;
    private readonly int _tokenLimit;

    public PacedBucket(double ratePerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ratePerSecond, 0);
        var tokensPerStep = Math.Max(1, (int)Math.Round(ratePerSecond / 10));
        var period = TimeSpan.FromSeconds(tokensPerStep / ratePerSecond);
        _tokenLimit = tokensPerStep;
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokensPerStep,
            TokensPerPeriod = tokensPerStep,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _timer = time.CreateTimer(_ => _limiter.TryReplenish(), null, period, period);
    }

    /// <summary>True when no one waits and the bucket is full: forgetting it changes nothing.</summary>
    public bool IsIdle => _limiter.GetStatistics() is { CurrentQueuedCount: 0 } stats && stats.CurrentAvailablePermits >= _tokenLimit;

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The pacing queue refused a message.");
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _limiter.Dispose();
    }
}
