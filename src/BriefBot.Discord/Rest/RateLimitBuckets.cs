using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace BriefBot.Discord.Rest;

/// <summary>
/// Remembers what Discord's <c>X-RateLimit-*</c> headers said per bucket, so a request that would be refused waits
/// first instead of drawing a 429. Also keeps the global limit of 50 requests a second on the bot's
/// <see cref="TimeProvider"/> (System.Threading.RateLimiting's limiters replenish on the wall clock, so a fake clock
/// could not drive them) and the global block a global 429 imposes.
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    private const int PruneAbove = 5000;

    private readonly ConcurrentDictionary<string, string> _bucketByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private readonly Queue<DateTimeOffset> _recentGlobal = new();
    private DateTimeOffset _globalBlockedUntil = DateTimeOffset.MinValue;

    /// <summary>Discord's global limit: 50 requests in any second, on the bot's clock.</summary>
    public const int GlobalPerSecond = 50;

    /// <summary>
    /// Reserves one request on the route's bucket (and, unless <paramref name="interaction"/>, one of the global
    /// 50 a second) and says how long to wait before sending it. Interaction endpoints are not bound to the global
    /// limit, so an answer never queues behind a digest fan-out or a global 429.
    /// </summary>
    public TimeSpan Reserve(string route, string major, bool interaction)
    {
        var now = time.GetUtcNow();
        var wait = TimeSpan.Zero;
        if (!interaction)
        {
            lock (_globalLock)
            {
                wait = _globalBlockedUntil > now ? _globalBlockedUntil - now : ReserveGlobal(now);
            }
        }

        if (wait == TimeSpan.Zero && _buckets.TryGetValue(BucketKey(route, major), out var bucket))
        {
            wait = bucket.Reserve(now);
        }

        return wait;
    }

    /// <summary>A sliding window: the send may go when fewer than 50 went out in the second before it.</summary>
    private TimeSpan ReserveGlobal(DateTimeOffset now)
    {
        while (_recentGlobal.Count > 0 && now - _recentGlobal.Peek() >= TimeSpan.FromSeconds(1))
        {
            _recentGlobal.Dequeue();
        }

        if (_recentGlobal.Count < GlobalPerSecond)
        {
            _recentGlobal.Enqueue(now);
            return TimeSpan.Zero;
        }

        return _recentGlobal.Peek() + TimeSpan.FromSeconds(1) - now;
    }

    public void Update(string route, string major, HttpResponseHeaders headers)
    {
        if (!TryGet(headers, "X-RateLimit-Bucket", out var hash))
        {
            return;
        }

        _bucketByRoute[route] = hash;
        if (!TryGet(headers, "X-RateLimit-Remaining", out var remainingText)
            || !int.TryParse(remainingText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            || !TryGet(headers, "X-RateLimit-Reset-After", out var resetText)
            || !double.TryParse(resetText, NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            return;
        }

        var resetAt = time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter);
        _buckets.GetOrAdd(hash + major, _ => new Bucket()).Observe(remaining, resetAt);
        if (_buckets.Count > PruneAbove)
        {
            Prune();
        }
    }

    public void BlockGlobally(TimeSpan duration)
    {
        lock (_globalLock)
        {
            var until = time.GetUtcNow() + duration;
            if (until > _globalBlockedUntil)
            {
                _globalBlockedUntil = until;
            }
        }
    }

    private string BucketKey(string route, string major) =>
        (_bucketByRoute.TryGetValue(route, out var hash) ? hash : route) + major;

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle(now))
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    private static bool TryGet(HttpResponseHeaders headers, string name, out string value)
    {
        value = headers.TryGetValues(name, out var values) ? values.FirstOrDefault() ?? string.Empty : string.Empty;
        return value.Length > 0;
    }

    private sealed class Bucket
    {
        private readonly Lock _lock = new();
        private int _remaining = 1;
        private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

        public TimeSpan Reserve(DateTimeOffset now)
        {
            lock (_lock)
            {
                if (now >= _resetAt)
                {
                    return TimeSpan.Zero;
                }

                if (_remaining > 0)
                {
                    _remaining--;
                    return TimeSpan.Zero;
                }

                return _resetAt - now;
            }
        }

        public void Observe(int remaining, DateTimeOffset resetAt)
        {
            lock (_lock)
            {
                _remaining = remaining;
                _resetAt = resetAt;
            }
        }

        public bool IsIdle(DateTimeOffset now)
        {
            lock (_lock)
            {
                return now >= _resetAt;
            }
        }
    }
}
