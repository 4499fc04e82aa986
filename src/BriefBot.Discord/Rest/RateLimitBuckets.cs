using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace BriefBot.Discord.Rest;

/// <summary>
/// Remembers what Discord's <c>X-RateLimit-*</c> headers said per bucket, so a request that would be refused waits
/// first instead of drawing a 429. Also holds the global block a global 429 imposes.
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    private const int PruneAbove = 5000;

    private readonly ConcurrentDictionary<string, string> _bucketByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalBlockedUntil = DateTimeOffset.MinValue;

    /// <summary>Reserves one request on the route's bucket and says how long to wait before sending it.</summary>
    public TimeSpan Reserve(string route, string major)
    {
        var now = time.GetUtcNow();
        var wait = TimeSpan.Zero;
        lock (_globalLock)
        {
            if (_globalBlockedUntil > now)
            {
                wait = _globalBlockedUntil - now;
            }
        }

        if (_buckets.TryGetValue(BucketKey(route, major), out var bucket))
        {
            var bucketWait = bucket.Reserve(now);
            wait = bucketWait > wait ? bucketWait : wait;
        }

        return wait;
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
