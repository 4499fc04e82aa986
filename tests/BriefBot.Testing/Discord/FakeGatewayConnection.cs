using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace BriefBot.Testing.Discord;

/// <summary>
/// The server side of one gateway connection, driven by a test like a conversation:
/// <c>await HelloAsync(); var identify = await ExpectAsync(2); await ReadyAsync();</c>.
/// Heartbeats are acknowledged automatically unless <see cref="AutoAcknowledge"/> is off.
/// </summary>
public sealed class FakeGatewayConnection
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(20);

    private readonly WebSocket _socket;
    private readonly FakeDiscordServer _server;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<WebSocketCloseStatus?> _clientClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Action _abort;

    internal FakeGatewayConnection(WebSocket socket, FakeDiscordServer server, string path, string query, Action abort)
    {
        _socket = socket;
        _server = server;
        _abort = abort;
        Path = path;
        Query = query;
    }

    /// <summary>"/gateway" or "/resume": which address the client dialled.</summary>
    public string Path { get; }

    public string Query { get; }

    public bool AutoAcknowledge { get; set; } = true;

    public int HeartbeatsReceived { get; private set; }

    /// <summary>The close code the client sent, or null when it dropped the connection without one.</summary>
    public Task<WebSocketCloseStatus?> ClientClosed => _clientClosed.Task;

    public Task HelloAsync(int heartbeatIntervalMs = 41250) =>
        SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatIntervalMs }, s = (int?)null, t = (string?)null });

    public Task ReadyAsync(string sessionId = "session-1")
    {
        _server.StartSession(sessionId);
        return DispatchAsync("READY", new
        {
            v = 10,
            user = new { id = "900000000000000001", username = "briefbot", bot = true },
            guilds = Array.Empty<object>(),
            session_id = sessionId,
            resume_gateway_url = _server.ResumeUrl,
            application = new { id = _server.ApplicationId, flags = 0 },
        });
    }

    /// <summary>Sends a dispatch with the session's next sequence number, which it returns.</summary>
    public async Task<long> DispatchAsync(string type, object data)
    {
        var sequence = _server.NextSequence();
        _server.Remember(sequence, type, data);
        await SendAsync(new { op = 0, d = data, s = sequence, t = type }).ConfigureAwait(false);
        return sequence;
    }

    /// <summary>Sends a dispatch with a given sequence number (replaying after a resume).</summary>
    public Task DispatchAsync(string type, object data, long sequence) =>
        SendAsync(new { op = 0, d = data, s = sequence, t = type });

    /// <summary>
    /// Asks for a heartbeat (op 1) and waits for it. The client handles payloads in order, so once this returns it
    /// has processed everything sent before (such as an acknowledgement still in flight).
    /// </summary>
    public async Task SyncAsync()
    {
        await SendAsync(new { op = 1, d = (object?)null }).ConfigureAwait(false);
        await ExpectAsync(1).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers the client's Identify as Discord does: a wrong token closes with 4004 (null is returned), otherwise
    /// READY starts session <paramref name="sessionId"/> and the Identify payload is returned.
    /// </summary>
    public async Task<JsonElement?> AnswerIdentifyAsync(string sessionId = "session-1")
    {
        var identify = await ExpectAsync(2).ConfigureAwait(false);
        if (identify.GetProperty("token").GetString() != _server.Token)
        {
            await CloseAsync(4004, "Authentication failed.").ConfigureAwait(false);
            return null;
        }

        await ReadyAsync(sessionId).ConfigureAwait(false);
        return identify;
    }

    /// <summary>
    /// Answers the client's Resume as Discord does: a wrong token closes with 4004, a session Discord no longer
    /// keeps gets op 9 with d false, a sequence it never sent closes with 4007; otherwise every dispatch after the
    /// client's sequence is replayed, then RESUMED. Returns the Resume payload and whether the session resumed.
    /// </summary>
    public async Task<(JsonElement Resume, bool Resumed)> AnswerResumeAsync()
    {
        var resume = await ExpectAsync(6).ConfigureAwait(false);
        if (resume.GetProperty("token").GetString() != _server.Token)
        {
            await CloseAsync(4004, "Authentication failed.").ConfigureAwait(false);
            return (resume, false);
        }

        if (!_server.IsLive(resume.GetProperty("session_id").GetString()))
        {
            await InvalidSessionAsync(resumable: false).ConfigureAwait(false);
            return (resume, false);
        }

        var seq = resume.GetProperty("seq");
        var from = seq.ValueKind == JsonValueKind.Number ? seq.GetInt64() : 0;
        if (from > _server.LastSequence)
        {
            await CloseAsync(4007, "Invalid seq.").ConfigureAwait(false);
            return (resume, false);
        }

        foreach (var (sequence, type, data) in _server.DispatchedAfter(from))
        {
            await DispatchAsync(type, data, sequence).ConfigureAwait(false);
        }

        await DispatchAsync("RESUMED", new { }).ConfigureAwait(false);
        return (resume, true);
    }

    /// <summary>The connection dies without a close frame, as when a network path or a gateway node fails.</summary>
    public void Drop() => _abort();

    public Task ReconnectAsync() => SendAsync(new { op = 7, d = (object?)null });

    public Task InvalidSessionAsync(bool resumable) => SendAsync(new { op = 9, d = resumable });

    public async Task SendAsync(object payload)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The server closes the connection with a gateway close code.</summary>
    public async Task CloseAsync(int code, string reason = "closing")
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next payload with opcode <paramref name="op"/>; heartbeats in between are skipped unless asked for.</summary>
    public async Task<JsonElement> ExpectAsync(int op)
    {
        using var timeout = new CancellationTokenSource(SafetyNet);
        while (true)
        {
            JsonElement payload;
            try
            {
                payload = await _received.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (ChannelClosedException)
            {
                throw new InvalidOperationException($"The client closed the connection ({ClientClosed.Result}) while op {op} was expected.");
            }

            var actual = payload.GetProperty("op").GetInt32();
            if (actual == op)
            {
                return payload.GetProperty("d").Clone();
            }

            if (actual != 1)
            {
                throw new InvalidOperationException($"Expected op {op} but the client sent op {actual}.");
            }
        }
    }

    /// <summary>Waits for the client to close or drop the connection.</summary>
    public async Task<WebSocketCloseStatus?> WaitForCloseAsync() =>
        await ClientClosed.WaitAsync(SafetyNet).ConfigureAwait(false);

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _clientClosed.TrySetResult(result.CloseStatus);
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _sendLock.WaitAsync().ConfigureAwait(false);
                        try
                        {
                            await _socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).ConfigureAwait(false);
                        }
                        finally
                        {
                            _sendLock.Release();
                        }
                    }

                    return;
                }

                using var document = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
                var payload = document.RootElement.Clone();
                if (payload.GetProperty("op").GetInt32() == 1)
                {
                    HeartbeatsReceived++;
                    if (AutoAcknowledge)
                    {
                        await SendAsync(new { op = 11 }).ConfigureAwait(false);
                    }
                }

                await _received.Writer.WriteAsync(payload).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _clientClosed.TrySetResult(null);
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }
}
