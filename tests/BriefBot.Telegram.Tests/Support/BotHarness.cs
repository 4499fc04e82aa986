using System.Diagnostics;
using BriefBot.Core.Commands;
using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Core.Resilience;
using BriefBot.Telegram.Api;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Telegram.Tests.Support;

/// <summary>
/// The Telegram transport in a real host, talking through the real TelegramBotClient to a fake Bot API server,
/// with a fake clock, a fake router and captured logs.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    /// <summary>Real time a test may take to reach its condition: a safety net, never a wait.</summary>
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(60);

    private readonly WireWatch _wire;
    private readonly Lock _pulseGate = new();
    private TaskCompletionSource _pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _ownsDataFolder;

    private BotHarness(IHost host, FakeBotApiServer server, SteppingClock clock, FakeCommandRouter router, string dataFolder, WireWatch wire)
    {
        Host = host;
        Server = server;
        Clock = clock;
        Router = router;
        DataFolder = dataFolder;
        _wire = wire;
        Clock.Changed += Pulse;
        Server.Activity += Pulse;
        _wire.Changed += Pulse;
    }

    public IHost Host { get; }

    public FakeBotApiServer Server { get; }

    public SteppingClock Clock { get; }

    public FakeCommandRouter Router { get; }

    public string DataFolder { get; }

    public FakeLogCollector Logs => Host.Services.GetRequiredService<FakeLogCollector>();

    /// <summary>The transport's sender, called outside the test's synchronisation context (see <see cref="ContextFree"/>).</summary>
    public IChatSender Sender => new ContextFreeSender(Host.Services.GetServices<IChatSender>().Single(s => s.Platform == "telegram"));

    public static Dictionary<string, string?> Settings(FakeBotApiServer server, string dataFolder) => new()
    {
        ["Telegram:Token"] = server.Token,
        ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString(),
        ["Telegram:PollingTimeoutSeconds"] = "10",
        ["Telegram:OffsetPath"] = Path.Combine(dataFolder, "telegram-offset.txt"),
        // Tests move the fake clock in big steps while requests are in flight: no such step may look like a timeout,
        // unless a test is about the timeout.
        ["Telegram:Sending:RequestTimeoutSeconds"] = "3600",
        // Fast pacing unless a test is about pacing.
        ["Telegram:Pacing:PerChatPerSecond"] = "100",
        ["Telegram:Pacing:PerGroupPerMinute"] = "6000",
        ["Telegram:Pacing:GlobalPerSecond"] = "1000",
    };

    /// <summary>Builds (and unless told otherwise starts) a host against <paramref name="server"/>.</summary>
    public static async Task<BotHarness> StartAsync(
        FakeBotApiServer server,
        Action<Dictionary<string, string?>>? configure = null,
        SteppingClock? clock = null,
        FakeCommandRouter? router = null,
        string? dataFolder = null,
        bool start = true)
    {
        ArgumentNullException.ThrowIfNull(server);
        var ownsDataFolder = dataFolder is null;
        dataFolder ??= Directory.CreateTempSubdirectory("briefbot-telegram-").FullName;
        clock ??= new SteppingClock();
        router ??= new FakeCommandRouter();
        var settings = Settings(server, dataFolder);
        configure?.Invoke(settings);

        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = true);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(RetryJitter.None);
        builder.Services.AddSingleton<ICommandRouter>(router);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var wire = new WireWatch();
        builder.Services.AddSingleton<BotApiHandlerWrapper>(inner =>
        {
            wire.InnerHandler = inner;
            return wire;
        });
        builder.Services.AddTelegramTransport(builder.Configuration);
        var host = builder.Build();
        var harness = new BotHarness(host, server, clock, router, dataFolder, wire) { _ownsDataFolder = ownsDataFolder };
        if (start)
        {
            await ContextFree(() => host.StartAsync());
        }

        return harness;
    }

    /// <summary>
    /// Moves the fake clock until <paramref name="probe"/> answers, by a handshake rather than by guessed steps: the clock
    /// moves only when every request the bot has on the wire is one the server holds parked (a long poll, a held send),
    /// the bot has taken every answer and every batch of updates (see <see cref="WireWatch"/>) and the thread pool is
    /// quiet (<see cref="SettledAsync"/>), and then exactly to the next armed timer (<see cref="SteppingClock"/>).
    /// Otherwise the next request, answer or timer change is awaited: a signal, with <see cref="SafetyNet"/> of real
    /// time as the only bound. <paramref name="maxSteps"/> bounds the moves of the clock.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Func<T?> probe, int maxSteps = 1_000)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        var started = Stopwatch.GetTimestamp();
        var steps = 0;
        while (true)
        {
            var pulse = NextPulse();
            if (probe() is { } ready)
            {
                return ready;
            }

            if (Idle && await SettledAsync(pulse))
            {
                if (steps >= maxSteps)
                {
                    throw new TimeoutException($"Condition not met after {maxSteps} moves of the clock (now {Clock.GetUtcNow():O}).");
                }

                // The timers' callbacks, and the bot's code they resume, run inline, off the test's synchronisation context.
                if (await Task.Run(Clock.AdvanceToNextDue))
                {
                    steps++;
                    continue;
                }
            }

            var left = SafetyNet - Stopwatch.GetElapsedTime(started);
            try
            {
                await pulse.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException(
                    $"Condition not met within {SafetyNet.TotalSeconds} s of real time after {steps} moves of the clock; " +
                    $"{_wire.OnTheWire} requests on the wire, next timer {Clock.NextDue?.ToString("O") ?? "none"}.");
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="start"/> with no synchronisation context, so the bot's code it runs resumes inline where
    /// its waits end (in a fake-clock timer or an answer handed over by <see cref="WireWatch"/>), not on the test's threads.
    /// </summary>
    public static T ContextFree<T>(Func<T> start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var saved = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return start();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(saved);
        }
    }

    /// <summary>
    /// Completes with the <paramref name="count"/>th log record whose message starts with <paramref name="startsWith"/>,
    /// counting records already written: waits on the collector's stream of records (a signal), with a timeout as a safety net.
    /// </summary>
    public async Task<FakeLogRecord> WaitForLogAsync(string startsWith, int count = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var seen = 0;
        try
        {
            await foreach (var record in Logs.GetLogsAsync(timeout.Token))
            {
                if (record.Message.StartsWith(startsWith, StringComparison.Ordinal) && ++seen >= count)
                {
                    return record;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // Fall through to the clearer message below.
        }

        throw new TimeoutException($"Logged {seen} of {count} lines starting with \"{startsWith}\".");
    }

    /// <summary>How many log records so far start with <paramref name="startsWith"/>.</summary>
    public int CountLogs(string startsWith) =>
        Logs.GetSnapshot().Count(r => r.Message.StartsWith(startsWith, StringComparison.Ordinal));

    public IEnumerable<string> AllLogText() =>
        Logs.GetSnapshot().Select(r => r.Message + " " + r.Exception + " " + string.Join(" ", r.StructuredState?.Select(kv => kv.Value) ?? []));

    public async ValueTask DisposeAsync()
    {
        Clock.Changed -= Pulse;
        Server.Activity -= Pulse;
        _wire.Changed -= Pulse;
        try
        {
            // A host whose start failed has nothing running to stop.
            if (Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested)
            {
                await Host.StopAsync();
            }
        }
        finally
        {
            Host.Dispose();
            if (_ownsDataFolder)
            {
                Directory.Delete(DataFolder, recursive: true);
            }
        }
    }

    /// <summary>
    /// Work the bot handed to the thread pool rather than to the wire or the clock (a <see cref="Task.Yield"/>, a
    /// continuation run asynchronously, as a rate limiter's grant is) runs to its next wait before the clock moves: the
    /// pool must have nothing queued and no worker busy (this harness runs on the test's own threads), checked again
    /// after a round through the pool, and nothing may have happened meanwhile.
    /// </summary>
    private async Task<bool> SettledAsync(Task pulse)
    {
        var quietRounds = 0;
        for (var round = 0; quietRounds < 2 && round < 1_000 && !pulse.IsCompleted; round++)
        {
            await Task.Yield();
            quietRounds = PoolIsQuiet() ? quietRounds + 1 : 0;
        }

        return !pulse.IsCompleted && Idle;
    }

    private static bool PoolIsQuiet()
    {
        ThreadPool.GetMaxThreads(out var max, out _);
        ThreadPool.GetAvailableThreads(out var available, out _);
        return ThreadPool.PendingWorkItemCount == 0 && max - available == (Thread.CurrentThread.IsThreadPoolThread ? 1 : 0);
    }

    /// <summary>Every request on the wire is parked at the server, every answer taken, every batch of updates taken in.</summary>
    private bool Idle => _wire.AllParkedAt(Server) && !_wire.TakingInUpdates;

    private Task NextPulse()
    {
        lock (_pulseGate)
        {
            return _pulse.Task;
        }
    }

    private void Pulse()
    {
        TaskCompletionSource pulse;
        lock (_pulseGate)
        {
            pulse = _pulse;
            _pulse = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        pulse.TrySetResult();
    }

    private sealed class ContextFreeSender(IChatSender inner) : IChatSender
    {
        public string Platform => inner.Platform;

        public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken) =>
            ContextFree(() => inner.SendAsync(chatId, reply, idempotencyKey, cancellationToken));

        public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, Func<CancellationToken, Task> beforeSending, CancellationToken cancellationToken) =>
            ContextFree(() => inner.SendAsync(chatId, reply, idempotencyKey, beforeSending, cancellationToken));

        public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, IDeliveryClaim claim, CancellationToken cancellationToken) =>
            ContextFree(() => inner.SendAsync(chatId, reply, idempotencyKey, claim, cancellationToken));
    }
}
