using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace BriefBot.Testing.Discord;

/// <summary>
/// Per-bucket windows like Discord's: every answer carries X-RateLimit-Limit/Remaining/Reset-After/Bucket, and a
/// request over the limit before the window resets gets a 429 and counts as a violation. Above the buckets sits the
/// global limit, 50 requests in any second, which interaction endpoints (callbacks and their webhooks) are not
/// bound to; going over it gets a 429 with <c>global: true</c>, X-RateLimit-Global and X-RateLimit-Scope: global.
/// </summary>
internal sealed class FakeRateLimits(TimeProvider time)
{
    public const int GlobalPerSecond = 50;

    private const int ForgetAbove = 1024;

    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Limit, TimeSpan Reset)> _configured = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _lock = new();

    public int Violations { get; private set; }

    public int GlobalViolations { get; private set; }

    public void Configure(string method, string pathPrefix, int limit, TimeSpan resetAfter)
    {
        lock (_lock)
        {
            _configured[method.ToUpperInvariant() + " " + pathPrefix] = (limit, resetAfter);
        }
    }

    /// <returns>Null when the request may go ahead (headers are set either way), else the 429 body.</returns>
    public string? Admit(string method, string path, HttpResponse response)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (!IsInteractionEndpoint(path) && AdmitGlobally(now, response) is { } globallyLimited)
            {
                return globallyLimited;
            }

            var (key, limit, reset) = Find(method, path);
            if (!_windows.TryGetValue(key, out var window) || now >= window.ResetAt)
            {
                ForgetResetWindows(now);
                window = new Window(limit, now + reset);
                _windows[key] = window;
            }

            var resetAfter = (window.ResetAt - now).TotalSeconds;
            response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Bucket"] = "bucket-" + Math.Abs(StringComparer.Ordinal.GetHashCode(key)).ToString("x", CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
            if (window.Remaining == 0)
            {
                Violations++;
                response.Headers["X-RateLimit-Remaining"] = "0";
                response.Headers["X-RateLimit-Scope"] = "user";
                return $$"""{"message":"You are being rate limited.","retry_after":{{resetAfter.ToString("0.000", CultureInfo.InvariantCulture)}},"global":false}""";
            }

            window.Remaining--;
            response.Headers["X-RateLimit-Remaining"] = window.Remaining.ToString(CultureInfo.InvariantCulture);
            return null;
        }
    }

    // Every interaction has a path of its own (its id and token), so its window is one of its own: a window that has
    // reset says nothing any more, and a long soak would otherwise keep one per interaction it ever answered.
    private void ForgetResetWindows(DateTimeOffset now)
    {
        if (_windows.Count < ForgetAbove)
        {
            return;
        }

        foreach (var (key, window) in _windows)
        {
            if (now >= window.ResetAt)
            {
                _windows.Remove(key);
            }
        }
    }

    private static bool IsInteractionEndpoint(string path) =>
        path.StartsWith("interactions/", StringComparison.Ordinal) || path.StartsWith("webhooks/", StringComparison.Ordinal);

    private string? AdmitGlobally(DateTimeOffset now, HttpResponse response)
    {
        while (_recent.Count > 0 && now - _recent.Peek() >= TimeSpan.FromSeconds(1))
        {
            _recent.Dequeue();
        }

        if (_recent.Count < GlobalPerSecond)
        {
            _recent.Enqueue(now);
            return null;
        }

        Violations++;
        GlobalViolations++;
        var retryAfter = (_recent.Peek() + TimeSpan.FromSeconds(1) - now).TotalSeconds;
        response.Headers["X-RateLimit-Global"] = "true";
        response.Headers["X-RateLimit-Scope"] = "global";
        response.Headers.RetryAfter = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
        return $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString("0.000", CultureInfo.InvariantCulture)}},"global":true}""";
    }

    private (string Key, int Limit, TimeSpan Reset) Find(string method, string path)
    {
        var request = method.ToUpperInvariant() + " " + path;
        foreach (var (prefix, (limit, reset)) in _configured)
        {
            if (request.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (prefix, limit, reset);
            }
        }

        return (request, 50, TimeSpan.FromSeconds(1));
    }

    private sealed class Window(int limit, DateTimeOffset resetAt)
    {
        public int Remaining { get; set; } = limit;

        public DateTimeOffset ResetAt { get; } = resetAt;
    }
}
