using System.Text.Json;
using System.Threading.Channels;

namespace BriefBot.Testing.Discord;

/// <summary>
/// Gateway sessions as Discord keeps them: READY starts one, every dispatch is remembered with its sequence so a
/// Resume can replay what the client missed, and an invalidated session can no longer be resumed.
/// </summary>
public sealed partial class FakeDiscordServer
{
    private readonly HashSet<string> _liveSessions = new(StringComparer.Ordinal);
    private readonly List<(long Sequence, string Type, JsonElement Data)> _dispatched = [];
    private readonly Channel<int> _stalls = Channel.CreateUnbounded<int>();
    private int _stalledHandshakes;

    /// <summary>Completes when the next stalled upgrade has arrived.</summary>
    public async Task WaitForStalledHandshakeAsync() =>
        await _stalls.Reader.ReadAsync().AsTask().WaitAsync(SafetyNet).ConfigureAwait(false);

    private async Task StallAsync(Microsoft.AspNetCore.Http.HttpContext context)
    {
        _stalls.Writer.TryWrite(Interlocked.Increment(ref _stalledHandshakes));
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Discord forgets every session (as after a long outage): a Resume gets op 9 with d false.</summary>
    public void InvalidateSessions()
    {
        lock (_lock)
        {
            _liveSessions.Clear();
        }
    }

    /// <summary>
    /// An event that happens while the client is away (its socket dropped): Discord keeps it for the session and
    /// replays it after a Resume. Returns its sequence number.
    /// </summary>
    public long QueueDispatch(string type, object data)
    {
        var sequence = NextSequence();
        Remember(sequence, type, data);
        return sequence;
    }

    /// <summary>
    /// When set, the gateway accepts the TCP connection but never answers the WebSocket upgrade (an overloaded
    /// node or a proxy that swallows the request).
    /// </summary>
    public bool StallHandshakes { get; set; }

    /// <summary>How many upgrades were left unanswered while <see cref="StallHandshakes"/> was set.</summary>
    public int StalledHandshakes => Volatile.Read(ref _stalledHandshakes);

    internal void StartSession(string sessionId)
    {
        lock (_lock)
        {
            _liveSessions.Add(sessionId);
        }
    }

    internal bool IsLive(string? sessionId)
    {
        lock (_lock)
        {
            return sessionId is not null && _liveSessions.Contains(sessionId);
        }
    }

    internal long LastSequence => Interlocked.Read(ref _sequence);

    internal void Remember(long sequence, string type, object data)
    {
        if (type is "READY" or "RESUMED")
        {
            // Discord replays events, not the handshake.
            return;
        }

        var element = data as JsonElement? ?? JsonSerializer.SerializeToElement(data);
        lock (_lock)
        {
            _dispatched.Add((sequence, type, element));
        }
    }

    internal IReadOnlyList<(long Sequence, string Type, JsonElement Data)> DispatchedAfter(long sequence)
    {
        lock (_lock)
        {
            return _dispatched.Where(d => d.Sequence > sequence).OrderBy(d => d.Sequence).ToList();
        }
    }
}
