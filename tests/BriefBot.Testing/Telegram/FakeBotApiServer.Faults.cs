namespace BriefBot.Testing.Telegram;

/// <summary>
/// Faults that last: a chat whose sendMessage hangs, errors answered for a stretch of (fake) time, and a server that
/// refuses connections altogether.
/// </summary>
public sealed partial class FakeBotApiServer
{
    private readonly Dictionary<long, SendHold> _holds = [];
    private readonly List<TimedFault> _timedFaults = [];

    /// <summary>
    /// sendMessage to <paramref name="chatId"/> is not answered until the hold is released (or the client gives up).
    /// <paramref name="acceptFirst"/>: the message is taken (it counts as sent) before the wait, as a server that is
    /// merely slow to answer; otherwise it is taken only once released. <paramref name="times"/>: how many sends it holds.
    /// </summary>
    public SendHold HoldSendsTo(long chatId, bool acceptFirst = false, int times = int.MaxValue)
    {
        var hold = new SendHold(this, chatId, acceptFirst, times);
        lock (_gate)
        {
            _holds[chatId] = hold;
        }

        return hold;
    }

    /// <summary>Answers every call of <paramref name="method"/> ("*" for any) during the next <paramref name="duration"/> of the server's clock with the faults in turn.</summary>
    public void ScriptFor(string method, TimeSpan duration, params ScriptedFault[] faults)
    {
        ArgumentOutOfRangeException.ThrowIfZero(faults.Length);
        lock (_gate)
        {
            _timedFaults.Add(new TimedFault(method, Now + duration, faults));
        }
    }

    /// <summary>Stops listening: connections are refused (not reset) until <see cref="AcceptConnectionsAsync"/>.</summary>
    public async Task RefuseConnectionsAsync()
    {
        GoDown();
        var app = _app;
        _app = null;
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>Listens again on the same address, with everything it knew (pending updates, messages) kept.</summary>
    public async Task AcceptConnectionsAsync()
    {
        await ListenOnAsync(BaseUrl.GetLeftPart(UriPartial.Authority), CancellationToken.None);
        ComeBack();
    }

    private ScriptedFault? TakeTimedFault(string method)
    {
        lock (_gate)
        {
            var now = Now;
            _timedFaults.RemoveAll(f => f.Until <= now);
            var fault = _timedFaults.FirstOrDefault(f => f.Method == "*" || string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase));
            return fault?.Next();
        }
    }

    private SendHold? TakeHold(long chatId)
    {
        lock (_gate)
        {
            if (!_holds.TryGetValue(chatId, out var hold))
            {
                return null;
            }

            if (--hold.Remaining <= 0)
            {
                _holds.Remove(chatId);
            }

            return hold;
        }
    }

    private void Forget(SendHold hold)
    {
        lock (_gate)
        {
            if (_holds.TryGetValue(hold.ChatId, out var current) && current == hold)
            {
                _holds.Remove(hold.ChatId);
            }
        }
    }

    /// <summary>A chat's sendMessage held unanswered; dispose or <see cref="Release"/> to let it through.</summary>
    public sealed class SendHold : IDisposable
    {
        private readonly FakeBotApiServer _server;
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal SendHold(FakeBotApiServer server, long chatId, bool acceptFirst, int times)
        {
            _server = server;
            ChatId = chatId;
            AcceptFirst = acceptFirst;
            Remaining = times;
        }

        public long ChatId { get; }

        public bool AcceptFirst { get; }

        internal int Remaining { get; set; }

        internal Task WaitAsync(CancellationToken aborted) => _released.Task.WaitAsync(aborted);

        public void Release()
        {
            _server.Forget(this);
            _server.Unpark(this);
            _released.TrySetResult();
        }

        public void Dispose() => Release();
    }

    private sealed class TimedFault(string method, DateTimeOffset until, ScriptedFault[] faults)
    {
        private int _next;

        public string Method { get; } = method;

        public DateTimeOffset Until { get; } = until;

        public ScriptedFault Next() => faults[_next++ % faults.Length];
    }
}
