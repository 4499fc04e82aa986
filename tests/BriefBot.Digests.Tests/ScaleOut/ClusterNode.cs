using BriefBot.Core.Knowledge;
using BriefBot.Digests.Tests.Fakes;
using BriefBot.Hosting;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Digests.Tests.ScaleOut;

/// <summary>
/// One bot instance as the host builds it, on a shared PostgreSQL database (Storage:Provider=Postgres, so clustered
/// Quartz) and a shared fake Bot API server, on the real clock: instances of one cluster agree on time through the
/// database, as deployed ones do. <see cref="StopAsync"/> is SIGTERM.
/// </summary>
internal sealed class ClusterNode : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-node-" + Guid.NewGuid().ToString("N"));
    private IHost? _host;

    private ClusterNode(SentCounter cluster) => Sent = new SentCounter(cluster);

    /// <summary>Digests this instance sent (each run that ended "sent" here).</summary>
    public SentCounter Sent { get; }

    public IServiceProvider Services => _host!.Services;

    /// <summary>What the digest code logged here, to explain a failure.</summary>
    public LogRecorder Log { get; } = new();

    public static async Task<ClusterNode> StartAsync(
        FakeBotApiServer telegram,
        string connectionString,
        SentCounter cluster,
        Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var node = new ClusterNode(cluster);
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:OffsetPath"] = Path.Combine(node._folder, "offset.txt"),
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Content:Path"] = Path.Combine(node._folder, "no-content"),
            ["Digest:Items"] = "3",
            ["Digest:FailoverSeconds"] = "15",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        settings["Logging:LogLevel:BriefBot"] = "Information";
        settings["Logging:Console:LogLevel:Default"] = "Warning";
        configure?.Invoke(settings);
        var builder = BriefBotHost.CreateBuilder([], settings);
        builder.Services.AddSingleton<ILoggerProvider>(node.Log);
        builder.Services.AddSingleton<IDigestRunObserver>(node.Sent);
        services?.Invoke(builder.Services);
        node._host = builder.Build();
        node._host.Services.GetRequiredService<SnapshotHolder>().Swap(TestCorpus.Standard());
        await node._host.StartAsync();
        return node;
    }

    public async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync();
            host.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await StopAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>Counts the runs that sent a digest, in one instance and in the whole cluster (a run reports once its ledger row is written).</summary>
internal sealed class SentCounter(SentCounter? cluster = null) : IDigestRunObserver
{
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _awaited = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task RunCompletedAsync(long subscriptionId, DateOnly localDate, DigestRunOutcome outcome)
    {
        if (outcome == DigestRunOutcome.Sent)
        {
            Add();
            cluster?.Add();
        }

        return Task.CompletedTask;
    }

    /// <summary>Completes once this many runs have sent (the safety net only turns a hang into a failure).</summary>
    public Task WhenAtLeastAsync(int count)
    {
        lock (_gate)
        {
            if (_count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _awaited.Add((count, reached));
            return reached.Task.WaitAsync(TimeSpan.FromSeconds(120));
        }
    }

    private void Add()
    {
        lock (_gate)
        {
            _count++;
            foreach (var awaited in _awaited.Where(a => a.Count <= _count).ToList())
            {
                _awaited.Remove(awaited);
                awaited.Reached.TrySetResult();
            }
        }
    }
}
