using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Throttling;

/// <summary>
/// A per-user command limit over a fixed window that starts with the user's first command:
/// up to <c>limit</c> commands run; the next one is answered with "slow down" once; the rest stay silent until the window passes.
/// <see cref="CommandGate"/> applies it for every chat platform, sharing one instance; users are keyed by platform and user id.
/// </summary>
public sealed class CommandThrottle
{
    /// <summary>The configuration key the limit is read from.</summary>
    public const string LimitKey = "Commands:PerUserPerMinute";

    public const int DefaultLimit = 20;

    public static readonly Reply SlowDownReply =
        Reply.Text(ReplyStatus.RateLimited, SlowDownText);

    /// <summary>The answer to a command over the limit once the user has been told: sent by no platform that can stay silent.</summary>
    public static readonly Reply SilencedReply = Reply.Text(ReplyStatus.Silenced, SlowDownText);

    private const string SlowDownText = "Slow down: you are sending commands too fast. Try again in a minute.";

    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly Dictionary<(string Platform, string UserId), Window> _windows = [];
    private readonly Lock _gate = new();
    private DateTimeOffset _nextPrune;

    public CommandThrottle(TimeProvider time, int limit = DefaultLimit, TimeSpan? window = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _time = time;
        _limit = limit;
        _window = window ?? TimeSpan.FromMinutes(1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_window, TimeSpan.Zero, nameof(window));
        _nextPrune = time.GetUtcNow() + _window;
    }

    public int Limit => _limit;

    public TimeSpan WindowLength => _window;

    /// <summary>Counts one command from the user and says what to do with it.</summary>
    public ThrottleDecision Check(string platform, string userId)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            PruneExpired(now);
            var key = (platform, userId);
            if (!_windows.TryGetValue(key, out var window) || now >= window.Start + _window)
            {
                _windows[key] = new Window(now) { Count = 1 };
                return ThrottleDecision.Allow;
            }

            window.Count++;
            if (window.Count <= _limit)
            {
                return ThrottleDecision.Allow;
            }

            if (window.Warned)
            {
                return ThrottleDecision.StaySilent;
            }

            window.Warned = true;
            return ThrottleDecision.SlowDown;
        }
    }

    // Keeps memory bounded by the users active in the last window.
    private void PruneExpired(DateTimeOffset now)
    {
        if (now < _nextPrune)
        {
            return;
        }

        foreach (var (key, window) in _windows.ToList())
        {
            if (now >= window.Start + _window)
            {
                _windows.Remove(key);
            }
        }

        _nextPrune = now + _window;
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public int Count { get; set; }

        public bool Warned { get; set; }
    }
}
