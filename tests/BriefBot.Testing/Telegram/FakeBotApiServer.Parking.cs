using System.Collections.Concurrent;

namespace BriefBot.Testing.Telegram;

/// <summary>
/// Which requests wait here rather than being worked on: a long poll with nothing to give, a held send. A client that
/// tags its requests with <see cref="RequestIdHeader"/> can tell a request the server is answering from one it parked,
/// which is what a test harness needs to know before it moves a fake clock.
/// </summary>
public sealed partial class FakeBotApiServer
{
    /// <summary>The header whose value names a request for <see cref="IsParked"/>.</summary>
    public const string RequestIdHeader = "X-Fake-Request-Id";

    private static readonly AsyncLocal<string?> CurrentRequestId = new();
    private readonly ConcurrentDictionary<string, object> _parked = new(StringComparer.Ordinal);

    /// <summary>Raised after every arrival and answer, and whenever a request starts or stops waiting here.</summary>
    public event Action? Activity;

    /// <summary>True while the request tagged <paramref name="requestId"/> waits here for an update or a release.</summary>
    public bool IsParked(string requestId) => _parked.ContainsKey(requestId);

    private static void NameCurrentRequest(Microsoft.AspNetCore.Http.HttpContext context) =>
        CurrentRequestId.Value = context.Request.Headers[RequestIdHeader] is { Count: > 0 } id ? id.ToString() : null;

    /// <summary>Waits for <paramref name="wait"/>, parked until <paramref name="waker"/> is passed to <see cref="Unpark"/> or the wait ends.</summary>
    private async Task ParkedAsync(Task wait, object waker)
    {
        var id = CurrentRequestId.Value;
        if (id is null)
        {
            await wait;
            return;
        }

        _parked[id] = waker;
        Activity?.Invoke();
        try
        {
            await wait;
        }
        finally
        {
            _parked.TryRemove(id, out _);
            Activity?.Invoke();
        }
    }

    /// <summary>
    /// The requests parked on <paramref name="waker"/> are being answered from now on: said at once, before their
    /// waits resume on another thread, so no one takes them for parked in between.
    /// </summary>
    private void Unpark(object waker)
    {
        var woken = false;
        foreach (var (id, parkedOn) in _parked)
        {
            woken |= ReferenceEquals(parkedOn, waker) && _parked.TryRemove(id, out _);
        }

        if (woken)
        {
            Activity?.Invoke();
        }
    }
}
