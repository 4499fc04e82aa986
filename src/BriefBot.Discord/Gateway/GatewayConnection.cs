using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BriefBot.Core.Operations;
using BriefBot.Discord.Configuration;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway, from connect to close: answers Hello with Identify or Resume,
/// heartbeats (first beat after a random fraction of the interval), tracks the sequence, hands dispatches on,
/// and says how it ended so <see cref="DiscordGateway"/> knows whether to resume, identify afresh or stop.
/// </summary>
internal sealed partial class GatewayConnection(
    DiscordOptions options,
    GatewaySession session,
    TimeProvider time,
    GatewayJitter jitter,
    Action<string, JsonElement> onDispatch,
    ILogger logger,
    PlatformContact? contact = null) : IDisposable
{
    /// <summary>How long a new connection may take from dialling to Hello; after that it is dropped and tried again.</summary>
    public static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);

    private const int MaxMessageBytes = 16 * 1024 * 1024;
    private const int MaxSendBytes = 4096;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private int _acknowledged = 1;
    private bool _zombie;

    public async Task<GatewayOutcome> RunAsync(Uri uri, CancellationToken stopping)
    {
        // The deadline runs from dialling, not from the upgrade: ClientWebSocket has no connect timeout of its
        // own, so a gateway that takes the TCP connection and never answers the upgrade would hang us forever.
        using var helloDeadline = new CancellationTokenSource(HelloTimeout, time);
        try
        {
            using var connecting = CancellationTokenSource.CreateLinkedTokenSource(stopping, helloDeadline.Token);
            await _socket.ConnectAsync(uri, connecting.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException)
        {
            return new GatewayOutcome(GatewayNext.Resume, false, "could not connect: " + ex.Message);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            LogNoUpgrade(logger, HelloTimeout.TotalSeconds);
            return new GatewayOutcome(GatewayNext.Resume, false, "the gateway did not answer the connection");
        }

        using var connection = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        using var onStop = stopping.Register(() => _ = CloseForShutdownAsync(connection));
        var heartbeat = Task.CompletedTask;
        var ready = false;
        var helloSeen = false;
        using var onNoHello = helloDeadline.Token.Register(connection.Cancel);
        try
        {
            while (true)
            {
                using var message = await ReceiveAsync(connection.Token).ConfigureAwait(false);
                if (message is null)
                {
                    if (stopping.IsCancellationRequested)
                    {
                        return new GatewayOutcome(GatewayNext.Shutdown, ready, "shutting down");
                    }

                    var code = (int?)_socket.CloseStatus;
                    return new GatewayOutcome(GatewayCloseCodes.Classify(code), ready, GatewayCloseCodes.Describe(code), code);
                }

                var root = message.RootElement;
                var op = root.GetProperty("op").GetInt32();
                switch (op)
                {
                    case GatewayOpcode.Hello:
                        helloSeen = true;
                        helloDeadline.Dispose();
                        var interval = TimeSpan.FromMilliseconds(root.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = HeartbeatAsync(interval, connection);
                        await (session.CanResume ? SendResumeAsync(connection.Token) : SendIdentifyAsync(connection.Token)).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        Volatile.Write(ref _acknowledged, 1);
                        contact?.Heard();
                        break;
                    case GatewayOpcode.Heartbeat:
                        await SendHeartbeatAsync(connection.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.Reconnect:
                        await CloseOutputAsync(GatewayCloseCodes.Reconnecting, "reconnect requested").ConfigureAwait(false);
                        return new GatewayOutcome(GatewayNext.Resume, ready, "Discord asked us to reconnect (op 7)");
                    case GatewayOpcode.InvalidSession:
                        var resumable = root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                        await CloseOutputAsync(GatewayCloseCodes.Reconnecting, "invalid session").ConfigureAwait(false);
                        return new GatewayOutcome(
                            resumable ? GatewayNext.Resume : GatewayNext.Identify,
                            ready,
                            resumable ? "invalid session (op 9, resumable)" : "invalid session (op 9, not resumable)");
                    case GatewayOpcode.Dispatch:
                        ready |= OnDispatch(root);
                        break;
                }
            }
        }
        catch (Exception ex) when (stopping.IsCancellationRequested && ex is OperationCanceledException or WebSocketException)
        {
            return new GatewayOutcome(GatewayNext.Shutdown, ready, "shutting down");
        }
        catch (OperationCanceledException) when (!helloSeen && !stopping.IsCancellationRequested)
        {
            LogNoHello(logger, HelloTimeout.TotalSeconds);
            await CloseOutputAsync(GatewayCloseCodes.Reconnecting, "no hello").ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return new GatewayOutcome(GatewayNext.Resume, ready, "no Hello from the gateway");
        }
        catch (OperationCanceledException) when (_zombie)
        {
            return new GatewayOutcome(GatewayNext.Resume, ready, "no heartbeat acknowledgement (zombie connection)");
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new GatewayOutcome(GatewayNext.Resume, ready, "the connection failed: " + ex.Message);
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// Closes with 1000, which ends the session at Discord (we are not coming back to resume it), then waits a
    /// little for the gateway's answering close frame before giving up on it.
    /// </summary>
    private async Task CloseForShutdownAsync(CancellationTokenSource connection)
    {
        try
        {
            await CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "shutting down").ConfigureAwait(false);
            connection.CancelAfter(TimeSpan.FromSeconds(5));
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <returns>True when the session is (again) established: READY or RESUMED.</returns>
    private bool OnDispatch(JsonElement root)
    {
        if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
        {
            session.Observe(s.GetInt64());
        }

        var type = root.TryGetProperty("t", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        var data = root.TryGetProperty("d", out var d) ? d : default;
        switch (type)
        {
            case "READY":
                session.Start(data.GetProperty("session_id").GetString()!, data.GetProperty("resume_gateway_url").GetString()!);
                LogReady(logger, data.TryGetProperty("user", out var user) && user.TryGetProperty("username", out var name) ? name.GetString() : null);
                contact?.Connected();
                return true;
            case "RESUMED":
                LogResumed(logger, session.Sequence);
                contact?.Connected();
                return true;
            default:
                contact?.Heard();
                onDispatch(type, data.Clone());
                return false;
        }
    }

    /// <summary>
    /// Beats every interval; the next delay is armed before each beat goes out, so whoever sees a beat knows the
    /// next one is already scheduled. A beat still unacknowledged when the next is due means a zombie connection.
    /// </summary>
    private async Task HeartbeatAsync(TimeSpan interval, CancellationTokenSource connection)
    {
        var token = connection.Token;
        var due = Task.Delay(interval * jitter.Next(), time, token);
        try
        {
            while (true)
            {
                await due.ConfigureAwait(false);
                due = Task.Delay(interval, time, token);
                if (Interlocked.Exchange(ref _acknowledged, 0) == 0)
                {
                    LogZombie(logger, interval.TotalMilliseconds);
                    _zombie = true;
                    await CloseOutputAsync(GatewayCloseCodes.Reconnecting, "heartbeat not acknowledged").ConfigureAwait(false);
                    await connection.CancelAsync().ConfigureAwait(false);
                    return;
                }

                await SendHeartbeatAsync(token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
            // The receive loop sees the same failure and decides what comes next.
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        SendAsync(new HeartbeatPayload(GatewayOpcode.Heartbeat, session.Sequence), cancellationToken);

    private Task SendIdentifyAsync(CancellationToken cancellationToken)
    {
        if (options.ShardCount is not null)
        {
            LogIdentifyingShard(logger, options.ShardId, options.ShardCount);
        }
        else
        {
            LogIdentifying(logger);
        }

        var shard = options is { ShardId: { } id, ShardCount: { } count } ? new[] { id, count } : null;
        return SendAsync(
            new
            {
                op = GatewayOpcode.Identify,
                d = new
                {
                    token = options.BareToken,
                    intents = 0,
                    properties = new { os = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), browser = "briefbot", device = "briefbot" },
                    shard,
                },
            },
            cancellationToken);
    }

    private Task SendResumeAsync(CancellationToken cancellationToken)
    {
        LogResuming(logger, session.Sequence);
        return SendAsync(
            new { op = GatewayOpcode.Resume, d = new { token = options.BareToken, session_id = session.SessionId, seq = session.Sequence } },
            cancellationToken);
    }

    private async Task SendAsync(object payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, DiscordJson.Options);
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"A gateway payload of {bytes.Length} bytes is over Discord's {MaxSendBytes}-byte limit.");
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseOutputAsync(int code, string reason) =>
        await CloseOutputAsync((WebSocketCloseStatus)code, reason).ConfigureAwait(false);

    private async Task CloseOutputAsync(WebSocketCloseStatus status, string reason)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        await _sendLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await _socket.CloseOutputAsync(status, reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <returns>The next JSON message, or null when the server closed the connection.</returns>
    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var result = await _socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new InvalidOperationException("A gateway message was larger than " + MaxMessageBytes + " bytes.");
            }

            if (result.EndOfMessage)
            {
                if (result.MessageType != WebSocketMessageType.Text)
                {
                    throw new InvalidOperationException("The gateway sent a binary message; we asked for encoding=json without compression.");
                }

                return JsonDocument.Parse(buffer.WrittenMemory);
            }
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway ready as {UserName}")]
    private static partial void LogReady(ILogger logger, string? userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway session resumed at sequence {Sequence}")]
    private static partial void LogResumed(ILogger logger, long? sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Identifying to the Discord gateway")]
    private static partial void LogIdentifying(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Identifying to the Discord gateway as shard {ShardId} of {ShardCount}")]
    private static partial void LogIdentifyingShard(ILogger logger, int? shardId, int? shardCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming the Discord gateway session from sequence {Sequence}")]
    private static partial void LogResuming(ILogger logger, long? sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Discord gateway sent no Hello within {Seconds} s of connecting: reconnecting")]
    private static partial void LogNoHello(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Discord gateway did not answer the connection within {Seconds} s: reconnecting")]
    private static partial void LogNoUpgrade(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord did not acknowledge the last heartbeat within {IntervalMs} ms: reconnecting to resume")]
    private static partial void LogZombie(ILogger logger, double intervalMs);
}

/// <summary>Op 1 carries the last sequence, or an explicit null before the first dispatch.</summary>
internal sealed record HeartbeatPayload(
    int Op,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] long? D);

/// <param name="Next">What to do now.</param>
/// <param name="ReachedReady">The connection got READY or RESUMED (resets the back-off).</param>
/// <param name="CloseCode">The gateway's close code, when it closed.</param>
internal sealed record GatewayOutcome(GatewayNext Next, bool ReachedReady, string Reason, int? CloseCode = null);
