using BriefBot.Core.Commands;
using BriefBot.Core.Delivery;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Subscriptions;
using BriefBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Digests.Tests.Fakes;

/// <summary>
/// The real storage and digest services (SQLite in a temporary file, Quartz) in a Generic Host, with a fake clock,
/// a hand-made snapshot and recording senders. <see cref="RestartAsync"/> stops the host and starts a new one on the
/// same database, as a process restart would.
/// </summary>
internal sealed class DigestTestHost : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-digests-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private bool _running;

    public DigestTestHost(DateTimeOffset start, Dictionary<string, string?>? settings = null, params IChatSender[] senders)
    {
        Time = new FakeTimeProvider(start);
        Senders = senders.Length > 0 ? senders : [new RecordingChatSender()];
        _settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "briefbot.db")}",
            ["Digest:DefaultTime"] = "08:00",
            ["Digest:DefaultTimeZone"] = "UTC",
            ["Digest:Items"] = "3",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public FakeTimeProvider Time { get; }

    public IReadOnlyList<IChatSender> Senders { get; }

    public RecordingChatSender Sender => (RecordingChatSender)Senders[0];

    public FixedSnapshotSource Snapshots { get; } = new(TestCorpus.Standard());

    /// <summary>Survives restarts, like the chat on the other side.</summary>
    public RunRecorder Runs { get; } = new();

    public IHost Host { get; private set; } = null!;

    public IServiceProvider Services => Host.Services;

    public async Task StartAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton<ISnapshotSource>(Snapshots);
        builder.Services.AddSingleton<IDigestRunObserver>(Runs);
        foreach (var sender in Senders)
        {
            builder.Services.AddSingleton(sender);
        }

        builder.Services.AddStorage(builder.Configuration).AddDigests(builder.Configuration);
        Host = builder.Build();
        _running = false;
        await Host.StartAsync();
        _running = true;
        var startup = Host.Services.GetServices<IHostedService>().OfType<DigestStartupService>().SingleOrDefault();
        if (startup is not null)
        {
            await startup.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public async Task StopAsync()
    {
        await Host.StopAsync();
        _running = false;
        Host.Dispose();
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public Task<Reply> RunAsync(string command, string argument, CommandContext context)
    {
        var handler = Services.GetServices<ICommandHandler>().Single(h => h.Name == command);
        return handler.HandleAsync(new CommandRequest(command, argument, context), CancellationToken.None);
    }

    /// <summary>Runs a whole typed line through the real <see cref="CommandRouter"/>, as every platform does.</summary>
    public Task<Reply> RouteAsync(string line, CommandContext context)
    {
        var router = new CommandRouter(Services.GetServices<ICommandHandler>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<CommandRouter>.Instance);
        return router.HandleAsync(line, context, CancellationToken.None);
    }

    /// <summary>Moves the clock to the chat's trigger and waits until that run has settled and set the next trigger.</summary>
    public async Task<(long SubscriptionId, DateOnly LocalDate, DigestRunOutcome Outcome)> FireAsync(string chatId, string platform = "telegram")
    {
        var at = await NextFireAsync(chatId, platform) ?? throw new InvalidOperationException($"No trigger for {platform}:{chatId}.");
        if (at > Time.GetUtcNow())
        {
            Time.SetUtcNow(at);
        }

        return await Runs.NextAsync();
    }

    public Task<DateTimeOffset?> NextFireAsync(string chatId, string platform = "telegram") =>
        Get<DigestTriggers>().NextFireAsync(platform, chatId, CancellationToken.None);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<Subscription?> SubscriptionAsync(string chatId, string platform = "telegram") =>
        Get<ISubscriptionStore>().FindAsync(platform, chatId, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (Host is not null && _running)
        {
            await Host.StopAsync();
            _running = false;
        }

        Host?.Dispose();

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
