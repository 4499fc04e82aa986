using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Testing.Telegram;

/// <summary>
/// An in-process stand-in for the Telegram Bot API on loopback, reached through the real client:
/// <c>POST /bot{token}/{method}</c> with JSON or form bodies, <c>{"ok":true,"result":…}</c> or a non-200
/// <c>{"ok":false,"error_code","description","parameters":{"retry_after"}}</c>; getUpdates long polling with
/// offset semantics; 401 for a wrong token; flood limits answered with 429; scriptable faults and outages.
/// Records every request for assertions.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    private readonly FakeBotApiOptions _options;
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedRequest> _arrivals = [];
    private readonly List<SentMessage> _sent = [];
    private readonly Dictionary<string, Queue<ScriptedFault>> _faults = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Waiter> _waiters = [];
    private WebApplication? _app;
    private bool _down;
    private int _outages;

    private FakeBotApiServer(FakeBotApiOptions options)
    {
        _options = options;
        Limits = options.Limits;
    }

    /// <summary>http://127.0.0.1:PORT — give it to the bot as Telegram:ApiBaseUrl.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public string Token => _options.Token;

    public long BotUserId => _options.BotUserId;

    public string BotUsername => _options.BotUsername;

    /// <summary>Flood limits in force; may be changed while running.</summary>
    public FakeBotApiLimits Limits
    {
        get;
        set
        {
            lock (_gate)
            {
                field = value;
                ResetLimitCounters(value);
            }
        }
    }

    public static async Task<FakeBotApiServer> StartAsync(FakeBotApiOptions? options = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeBotApiServer(options ?? new FakeBotApiOptions());
        await server.StartListeningAsync(cancellationToken);
        return server;
    }

    /// <summary>Every request answered so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Every message accepted by sendMessage, in order.</summary>
    public IReadOnlyList<SentMessage> SentMessages
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>
    /// Every request as it arrived, before it was answered (StatusCode 0): a long poll shows here at once,
    /// in <see cref="Requests"/> only when it returns.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Arrivals
    {
        get
        {
            lock (_gate)
            {
                return [.. _arrivals];
            }
        }
    }

    /// <summary>Completes when a request satisfying <paramref name="condition"/> has arrived (answered or not).</summary>
    public Task<RecordedRequest> WaitForArrivalAsync(Func<RecordedRequest, bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return WaitForAsync(() => Arrivals.FirstOrDefault(condition), timeout, "no matching request arrived");
    }

    public IReadOnlyList<RecordedRequest> Calls(string method) =>
        Requests.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();

    public IReadOnlyList<SentMessage> SentTo(long chatId) =>
        SentMessages.Where(m => m.ChatId == chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>Answers the next <paramref name="times"/> calls of <paramref name="method"/> ("*" for any) with a fault.</summary>
    public void Script(string method, ScriptedFault fault, int times = 1)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                queue = new Queue<ScriptedFault>();
                _faults[method] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>The server goes away: every request's connection is dropped until <see cref="ComeBack"/>.</summary>
    public void GoDown()
    {
        lock (_gate)
        {
            _down = true;
            _outages++;
        }

        WakeLongPolls();
    }

    public void ComeBack()
    {
        lock (_gate)
        {
            _down = false;
        }
    }

    /// <summary>Completes when a request satisfying <paramref name="condition"/> (checked against all so far) has been answered.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return WaitForAsync(
            () => Requests.FirstOrDefault(condition),
            timeout,
            "no matching request arrived");
    }

    /// <summary>Completes when at least <paramref name="count"/> messages were accepted for the chat.</summary>
    public Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(long chatId, int count = 1, TimeSpan? timeout = null) =>
        WaitForAsync(
            () => SentTo(chatId) is { } sent && sent.Count >= count ? sent : null,
            timeout,
            $"fewer than {count} messages reached chat {chatId}");

    /// <summary>Completes when <paramref name="probe"/> returns non-null, checked after every request.</summary>
    public async Task<T> WaitForAsync<T>(Func<T?> probe, TimeSpan? timeout, string whatFailed)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        var waiter = new Waiter(() => probe() is not null);
        lock (_gate)
        {
            _waiters.Add(waiter);
        }

        try
        {
            if (probe() is { } ready)
            {
                return ready;
            }

            // The timeout is only a safety net; the signal is the request itself.
            await waiter.Signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));
            return probe() ?? throw new InvalidOperationException(whatFailed);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Fake Bot API: {whatFailed}. Requests: {string.Join(", ", Requests.Select(r => $"{r.Method}={r.StatusCode}"))}");
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        GoDown();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private Task StartListeningAsync(CancellationToken cancellationToken) => ListenOnAsync(_options.ListenUrl, cancellationToken);

    private async Task ListenOnAsync(string url, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address);
    }

    private async Task HandleAsync(HttpContext context)
    {
        NameCurrentRequest(context);
        int outages;
        lock (_gate)
        {
            outages = _outages;
        }

        if (IsDown || TakeFault("*") is { Disconnect: true })
        {
            context.Abort();
            return;
        }

        if (await TryServeFileAsync(context))
        {
            return;
        }

        var (token, method) = ParsePath(context.Request.Path.Value);
        if (method is null)
        {
            await WriteAsync(context, "?", token ?? string.Empty, [], Error(404, "Not Found"));
            return;
        }

        JsonObject parameters;
        try
        {
            parameters = await ReadParametersAsync(context.Request);
        }
        catch (JsonException)
        {
            await WriteAsync(context, method, token!, [], Error(400, "Bad Request: can't parse JSON object"));
            return;
        }

        Arrive(new RecordedRequest(method, token!, (JsonObject)parameters.DeepClone(), 0, Now));
        if (!string.Equals(token, _options.Token, StringComparison.Ordinal))
        {
            await WriteAsync(context, method, token!, parameters, Error(401, "Unauthorized"));
            return;
        }

        if ((TakeFault(method) ?? TakeTimedFault(method)) is { } fault)
        {
            if (fault.Disconnect)
            {
                if (fault.AcceptFirst)
                {
                    await AnswerAsync(method, parameters, outages, context.RequestAborted);
                }

                context.Abort();
                Record(new RecordedRequest(method, token!, parameters, 0, Now));
                return;
            }

            if (fault.HtmlBody is { } html)
            {
                // A proxy in front of the Bot API answers in HTML, not in the API's JSON.
                context.Response.StatusCode = fault.StatusCode;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync(html, context.RequestAborted);
                Record(new RecordedRequest(method, token!, parameters, fault.StatusCode, Now));
                return;
            }

            await WriteAsync(context, method, token!, parameters, Error(fault.StatusCode, fault.Description, fault.RetryAfter));
            return;
        }

        Answer? answer;
        try
        {
            answer = await AnswerAsync(method, parameters, outages, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up waiting (a held send).
            return;
        }

        if (answer is null)
        {
            // The server went down during a long poll.
            context.Abort();
            return;
        }

        await WriteAsync(context, method, token!, parameters, answer);
    }

    private bool IsDown
    {
        get
        {
            lock (_gate)
            {
                return _down;
            }
        }
    }

    private DateTimeOffset Now => _options.Time.GetUtcNow();

    private ScriptedFault? TakeFault(string method)
    {
        lock (_gate)
        {
            return _faults.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    private async Task WriteAsync(HttpContext context, string method, string token, JsonObject parameters, Answer answer)
    {
        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body.ToJsonString(), context.RequestAborted);
        Record(new RecordedRequest(method, token, parameters, answer.StatusCode, Now));
    }

    private void Arrive(RecordedRequest request)
    {
        lock (_gate)
        {
            _arrivals.Add(request);
        }

        Signal();
    }

    private void Record(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }

        Signal();
    }

    private void Signal()
    {
        List<Waiter> ready;
        lock (_gate)
        {
            ready = [.. _waiters];
        }

        foreach (var waiter in ready)
        {
            if (waiter.Condition())
            {
                waiter.Signal.TrySetResult();
            }
        }

        Activity?.Invoke();
    }

    private static (string? Token, string? Method) ParsePath(string? path)
    {
        // "/bot{token}/{method}"
        if (path is null || !path.StartsWith("/bot", StringComparison.Ordinal))
        {
            return (null, null);
        }

        var slash = path.IndexOf('/', 4);
        return slash < 0 ? (path[4..], null) : (path[4..slash], path[(slash + 1)..]);
    }

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = ParseFormValue(value.ToString());
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                parameters[key] = ParseFormValue(value.ToString());
            }

            return parameters;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(body))
        {
            return parameters;
        }

        if (JsonNode.Parse(body) is not JsonObject json)
        {
            throw new JsonException("not an object");
        }

        foreach (var (key, value) in json.ToList())
        {
            json.Remove(key);
            parameters[key] = value;
        }

        return parameters;
    }

    // Form fields carry objects and arrays as JSON text, numbers and booleans as plain text.
    private static JsonNode? ParseFormValue(string value)
    {
        if (value.StartsWith('{') || value.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
                return JsonValue.Create(value);
            }
        }

        return JsonValue.Create(value);
    }

    private static Answer Ok(JsonNode? result) => new(200, new JsonObject { ["ok"] = true, ["result"] = result });

    private static Answer Error(int code, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return new Answer(code, body);
    }

    private sealed record Answer(int StatusCode, JsonObject Body);

    private sealed class Waiter(Func<bool> condition)
    {
        public Func<bool> Condition { get; } = condition;

        public TaskCompletionSource Signal { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
