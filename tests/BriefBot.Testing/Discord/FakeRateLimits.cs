using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace BriefBot.Testing.Discord;

/// <summary>
/// Per-bucket windows like Discord's: every answer carries X-RateLimit-Limit/Remaining/Reset-After/Bucket, and a
/// request over the limit before the window resets gets a 429 and counts as a violation.
/// </summary>
internal sealed class FakeRateLimits(TimeProvider time)
{
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Limit, TimeSpan Reset)> _configured = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int Violations { get; private set; }

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
            var (key, limit, reset) = Find(method, path);
            var now = time.GetUtcNow();
            if (!_windows.TryGetValue(key, out var window) || now >= window.ResetAt)
            {
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
