using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Testing.Discord;

/// <summary>
/// A stand-in for Discord on 127.0.0.1: the gateway (a WebSocket endpoint a test drives through
/// <see cref="FakeGatewayConnection"/>) and the REST API v10 (records every request, checks the token and message
/// limits, sends X-RateLimit-* headers and enforces them, answers scripted 429/401/403/5xx, and dedups channel
/// messages by nonce when <c>enforce_nonce</c> is set, as Discord does).
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(20);

    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Done)> _waiters = [];
    private readonly List<ScriptedFailure> _failures = [];
    private readonly ConcurrentDictionary<string, List<JsonElement>> _messages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (JsonElement Message, DateTimeOffset At)> _messagesByNonce = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _acknowledged = new(StringComparer.Ordinal);
    private readonly FakeRateLimits _limits;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private long _sequence;
    private long _nextId = 1_100_000_000_000_000_000;

    private FakeDiscordServer(WebApplication app, string token, string applicationId, TimeProvider time)
    {
        _app = app;
        Token = token;
        ApplicationId = applicationId;
        _limits = new FakeRateLimits(time);
        _time = time;
    }

    public string Token { get; }

    public string ApplicationId { get; }

    public string BaseAddress { get; private set; } = string.Empty;

    public string ApiBaseUrl => BaseAddress + "/api/v10";

    public string GatewayUrl => BaseAddress.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";

    public string ResumeUrl => BaseAddress.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    /// <summary>What the last PUT of application commands carried.</summary>
    public JsonElement? RegisteredCommands { get; private set; }

    public int RateLimitViolations => _limits.Violations;

    /// <summary>
    /// How long a nonce sent with enforce_nonce is remembered: Discord checks "in the past few minutes" for a message by
    /// the same author, in any channel. Two minutes here, what the bot counts on.
    /// </summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Requests refused for going over the global limit of 50 a second.</summary>
    public int GlobalRateLimitViolations => _limits.GlobalViolations;

    /// <summary>What GET /gateway/bot reports as session starts left today (Discord allows about 1,000).</summary>
    public int SessionStartsRemaining { get; set; } = 999;

    /// <summary>When the session-start budget resets, as GET /gateway/bot reports it.</summary>
    public TimeSpan SessionStartsResetAfter { get; set; } = TimeSpan.FromHours(4);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests.ToList();
            }
        }
    }

    /// <param name="time">The clock rate-limit windows run on (share the bot's fake clock).</param>
    public static async Task<FakeDiscordServer> StartAsync(string token, string applicationId, TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordServer(app, token, applicationId, time);
        app.UseWebSockets();
        app.Map("/gateway", server.AcceptGatewayAsync);
        app.Map("/resume", server.AcceptGatewayAsync);
        app.Map("/api/v10/{**path}", server.HandleRestAsync);
        app.Map("/attachments/{**path}", server.ServeAttachmentAsync);
        await app.StartAsync().ConfigureAwait(false);
        server.BaseAddress = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <param name="within">How long to wait (tests: the default safety net; a hand-run stand-in: infinite).</param>
    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? within = null) =>
        await _connections.Reader.ReadAsync().AsTask().WaitAsync(within ?? SafetyNet).ConfigureAwait(false);

    /// <summary>The first request (already received or still to come) that matches.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match)
    {
        lock (_lock)
        {
            var seen = _requests.FirstOrDefault(match);
            if (seen is not null)
            {
                return Task.FromResult(seen);
            }

            var done = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
            return done.Task.WaitAsync(SafetyNet);
        }
    }

    public Task<RecordedRequest> WaitForRequestAsync(string method, string pathPrefix) =>
        WaitForRequestAsync(r => r.Is(method, pathPrefix));

    /// <summary>The <paramref name="count"/>-th request that matches (1-based).</summary>
    public Task<RecordedRequest> WaitForRequestAsync(string method, string pathPrefix, int count)
    {
        var seen = 0;
        return WaitForRequestAsync(r => r.Is(method, pathPrefix) && ++seen == count);
    }

    public void Fail(ScriptedFailure failure)
    {
        lock (_lock)
        {
            _failures.Add(failure);
        }
    }

    /// <summary>Sets the bucket for requests starting with "METHOD path-prefix".</summary>
    public void LimitRoute(string method, string pathPrefix, int limit, TimeSpan resetAfter) =>
        _limits.Configure(method, pathPrefix, limit, resetAfter);

    /// <summary>
    /// Forgets the requests recorded, the interactions acknowledged and the dispatches kept for a Resume, so a long
    /// soak does not keep them all. Call it only once everything sent so far has been answered.
    /// </summary>
    public void ForgetHistory()
    {
        lock (_lock)
        {
            _requests.Clear();
            _dispatched.Clear();
        }

        _acknowledged.Clear();
    }

    /// <summary>Messages that exist in a channel (created by POST /channels/{id}/messages).</summary>
    public IReadOnlyList<JsonElement> MessagesIn(string channelId) =>
        _messages.TryGetValue(channelId, out var list) ? Snapshot(list) : [];

    public async ValueTask DisposeAsync()
    {
        _connections.Writer.TryComplete();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    internal long NextSequence() => Interlocked.Increment(ref _sequence);

    private static List<JsonElement> Snapshot(List<JsonElement> list)
    {
        lock (list)
        {
            return list.ToList();
        }
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (StallHandshakes)
        {
            await StallAsync(context).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new FakeGatewayConnection(socket, this, context.Request.Path, context.Request.QueryString.Value ?? string.Empty, context.Abort);
        var running = connection.RunAsync();
        await _connections.Writer.WriteAsync(connection).ConfigureAwait(false);
        await running.ConfigureAwait(false);
    }

    private async Task HandleRestAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value!["/api/v10/".Length..];
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync().ConfigureAwait(false);
        var (status, answer) = Answer(request.Method, path, request.Headers.Authorization.ToString(), body, context.Response);
        Record(new RecordedRequest(request.Method, path, request.Headers.Authorization.ToString(), body, status));
        if (status == 0)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = status;
        if (answer is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer).ConfigureAwait(false);
        }
    }

    private void Record(RecordedRequest recorded)
    {
        List<TaskCompletionSource<RecordedRequest>> done;
        lock (_lock)
        {
            _requests.Add(recorded);
            var matched = _waiters.Where(w => w.Match(recorded)).ToList();
            _waiters.RemoveAll(matched.Contains);
            done = matched.Select(m => m.Done).ToList();
        }

        foreach (var waiter in done)
        {
            waiter.TrySetResult(recorded);
        }
    }
}
