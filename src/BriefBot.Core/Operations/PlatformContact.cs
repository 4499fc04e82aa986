namespace BriefBot.Core.Operations;

/// <summary>
/// When a transport last heard from its platform, for the readiness check: a polling loop that stalls, or a gateway
/// that never reached READY, shows here as a contact that is not connected or has gone quiet for longer than expected.
/// </summary>
/// <param name="platform">"telegram", "discord".</param>
/// <param name="expectedInterval">The longest quiet a healthy connection has; <see cref="Timeout.InfiniteTimeSpan"/> when the platform only speaks when it has something (webhooks).</param>
public sealed class PlatformContact(string platform, TimeSpan expectedInterval, TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastHeard;
    private bool _connected;
    private string _problem = "has not heard from the platform yet";

    public string Platform { get; } = platform;

    public TimeSpan ExpectedInterval { get; } = expectedInterval;

    /// <summary>The platform answered and the session is usable (a poll answered, READY or RESUMED).</summary>
    public void Connected()
    {
        lock (_gate)
        {
            _connected = true;
            _lastHeard = time.GetUtcNow();
        }
    }

    /// <summary>The platform spoke on a session already connected (a heartbeat acknowledged, an event).</summary>
    public void Heard()
    {
        lock (_gate)
        {
            _lastHeard = time.GetUtcNow();
        }
    }

    /// <summary>The session ended; not ready until <see cref="Connected"/> again.</summary>
    public void Lost(string reason)
    {
        lock (_gate)
        {
            _connected = false;
            _problem = reason;
        }
    }

    /// <returns>Null when healthy; otherwise one sentence saying what is wrong.</returns>
    public string? Problem()
    {
        lock (_gate)
        {
            if (!_connected)
            {
                return $"{Platform}: {_problem}";
            }

            var quiet = time.GetUtcNow() - _lastHeard!.Value;
            return ExpectedInterval != Timeout.InfiniteTimeSpan && quiet > ExpectedInterval
                ? $"{Platform}: nothing heard from the platform for {quiet.TotalSeconds:F0} s (expected within {ExpectedInterval.TotalSeconds:F0} s)"
                : null;
        }
    }
}
