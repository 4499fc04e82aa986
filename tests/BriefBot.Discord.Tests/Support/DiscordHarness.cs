using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Discord.Gateway;
using BriefBot.Testing.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Discord.Tests.Support;

/// <summary>
/// The real Discord transport in a host, wired to a <see cref="FakeDiscordServer"/> on loopback, with a fake clock,
/// a scripted router and a fixed heartbeat jitter of one half.
/// </summary>
public sealed class DiscordHarness : IAsyncDisposable
{
    public const string Token = "MTA.fake-bot-token.for-tests";
    public const string ApplicationId = "800000000000000001";
    public const int HeartbeatMs = 40_000;

    private DiscordHarness(IHost host, FakeDiscordServer server, ObservedTime time, ScriptedRouter router, LogWatch logs)
    {
        Logs = logs;
        Host = host;
        Server = server;
        Time = time;
        Router = router;
    }

    public IHost Host { get; }

    public FakeDiscordServer Server { get; }

    public ObservedTime Time { get; }

    public ScriptedRouter Router { get; }

    public LogWatch Logs { get; } = new();

    public static TimeSpan FirstBeat => TimeSpan.FromMilliseconds(HeartbeatMs / 2.0);

    public static TimeSpan Interval => TimeSpan.FromMilliseconds(HeartbeatMs);

    public static async Task<DiscordHarness> StartAsync(
        Action<Dictionary<string, string?>, FakeDiscordServer>? configure = null,
        ScriptedRouter? router = null,
        ISnapshotSource? snapshot = null,
        bool start = true)
    {
        var time = new ObservedTime();
        var server = await FakeDiscordServer.StartAsync(Token, ApplicationId, time);
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
        };
        configure?.Invoke(settings, server);
        router ??= ScriptedRouter.WithBriefingCommands();

        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new LogWatch();
        builder.Services.AddFakeLogging(o => o.OutputSink = logs.Write);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(new GatewayJitter(() => 0.5));
        builder.Services.AddSingleton(BriefBot.Core.Resilience.RetryJitter.None);
        builder.Services.AddSingleton<ICommandRouter>(router);
        builder.Services.AddSingleton(snapshot ?? new FixedSnapshot());
        builder.Services.AddDiscordTransport(builder.Configuration);
        var host = builder.Build();
        var harness = new DiscordHarness(host, server, time, router, logs);
        if (start)
        {
            await host.StartAsync();
        }

        return harness;
    }

    /// <summary>Hello → Identify → Ready on the next connection; returns the connection and the Identify payload.</summary>
    private const string GatewayReady = "Discord gateway ready as";

    public async Task<(FakeGatewayConnection Connection, System.Text.Json.JsonElement Identify)> ConnectAsync()
    {
        var readies = Logs.Count(GatewayReady);
        var connection = await Server.NextConnectionAsync();
        await connection.HelloAsync(HeartbeatMs);
        var identify = await connection.ExpectAsync(2);
        await connection.ReadyAsync();
        // Connected means the bot has read READY, not just that it was sent: a test that closes or times out the
        // connection before then would see the bot reconnect as if the session never started.
        await Logs.WaitForAsync(GatewayReady, readies + 1);
        return (connection, identify);
    }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            await Host.StopAsync(timeout.Token);
        }

        Host.Dispose();
        await Server.DisposeAsync();
    }
}
