using BriefBot.Core.Resilience;
using BriefBot.Core.Commands;
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
    private BotHarness(IHost host, FakeBotApiServer server, FakeTimeProvider clock, FakeCommandRouter router, string dataFolder)
    {
        Host = host;
        Server = server;
        Clock = clock;
        Router = router;
        DataFolder = dataFolder;
    }

    private bool _ownsDataFolder;

    public IHost Host { get; }

    public FakeBotApiServer Server { get; }

    public FakeTimeProvider Clock { get; }

    public FakeCommandRouter Router { get; }

    public string DataFolder { get; }

    public FakeLogCollector Logs => Host.Services.GetRequiredService<FakeLogCollector>();

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
        FakeTimeProvider? clock = null,
        FakeCommandRouter? router = null,
        string? dataFolder = null,
        bool start = true)
    {
        ArgumentNullException.ThrowIfNull(server);
        var ownsDataFolder = dataFolder is null;
        dataFolder ??= Directory.CreateTempSubdirectory("briefbot-telegram-").FullName;
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
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
        builder.Services.AddTelegramTransport(builder.Configuration);
        var host = builder.Build();
        var harness = new BotHarness(host, server, clock, router, dataFolder) { _ownsDataFolder = ownsDataFolder };
        if (start)
        {
            await host.StartAsync();
        }

        return harness;
    }

    /// <summary>
    /// Moves the fake clock in steps until <paramref name="probe"/> answers, waiting for the server's next request
    /// between steps (a safety timeout, not a sleep: the request is the signal).
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Func<T?> probe, TimeSpan step, int maxSteps = 200)
        where T : class
    {
        for (var i = 0; i < maxSteps; i++)
        {
            if (probe() is { } ready)
            {
                return ready;
            }

            Clock.Advance(step);
            try
            {
                return await Server.WaitForAsync(probe, TimeSpan.FromMilliseconds(25), "still waiting");
            }
            catch (TimeoutException)
            {
                // Not yet: the code under test may be waiting on the clock; advance again.
            }
        }

        throw new TimeoutException($"Condition not met after {maxSteps} steps of {step}.");
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
}
