using BriefBot.Core.Knowledge;
using BriefBot.Core.Subscriptions;
using BriefBot.Digests.Tests.Fakes;
using BriefBot.Hosting;
using BriefBot.Storage;
using BriefBot.Testing.Telegram;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>
/// The whole bot as the host builds it, against the fake Bot API server, on a real SQLite file and a fake clock.
/// Chats are subscribed straight in the database before the host starts, so every digest falls due at once on start
/// (a fan-out). <see cref="StopAsync"/> is SIGTERM; <see cref="StartAsync"/> again is the restart.
/// </summary>
internal sealed class BotOnFakeTelegram : IAsyncDisposable
{
    /// <summary>Every chat's digest time; the clock starts after it, so the day's digest is caught up at start.</summary>
    public static readonly TimeOnly DigestTime = new(8, 0);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-faults-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _extra;
    private IHost? _host;

    private BotOnFakeTelegram(FakeBotApiServer telegram, Dictionary<string, string?> extra)
    {
        Telegram = telegram;
        _extra = extra;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 1, 8, 30, 0, TimeSpan.Zero));

    public DateOnly Today => new(2026, 6, 1);

    public FakeBotApiServer Telegram { get; }

    /// <summary>Survives restarts.</summary>
    public RunRecorder Runs { get; } = new();

    public string DatabasePath => Path.Combine(_folder, "briefbot.db");

    public IServiceProvider Services => _host!.Services;

    public static async Task<BotOnFakeTelegram> CreateAsync(Dictionary<string, string?>? extra = null) =>
        new(await FakeBotApiServer.StartAsync(), extra ?? []);

    /// <summary>Subscribes private chats 1001, 1002, … directly in the database (changed before today's digest time).</summary>
    public async Task<IReadOnlyList<long>> SubscribeChatsAsync(int count)
    {
        using var database = new SqliteDatabase(
            Options.Create(new StorageOptions { ConnectionString = ConnectionString }), Time, NullLogger<SqliteDatabase>.Instance);
        var store = new SqliteSubscriptionStore(database);
        var chats = Enumerable.Range(1001, count).Select(i => (long)i).ToList();
        foreach (var chat in chats)
        {
            await store.SaveAsync(
                new SubscriptionRequest("telegram", chat.ToString(System.Globalization.CultureInfo.InvariantCulture), [], DigestTime, "UTC", "user", new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)),
                CancellationToken.None);
        }

        return chats;
    }

    public async Task StartAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = Telegram.Token,
            ["Telegram:ApiBaseUrl"] = Telegram.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:OffsetPath"] = Path.Combine(_folder, "offset.txt"),
            ["Storage:ConnectionString"] = ConnectionString,
            ["Content:Path"] = Path.Combine(_folder, "no-content"),
            ["Digest:Items"] = "3",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in _extra)
        {
            settings[key] = value;
        }

        var builder = BriefBotHost.CreateBuilder([], settings);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton<IDigestRunObserver>(Runs);
        _host = builder.Build();
        _host.Services.GetRequiredService<SnapshotHolder>().Swap(TestCorpus.Standard());
        await _host.StartAsync();
    }

    /// <summary>SIGTERM: the host's graceful stop. The caller measures how long it takes.</summary>
    public async Task StopAsync()
    {
        var host = _host!;
        _host = null;
        await host.StopAsync();
        host.Dispose();
    }

    /// <summary>Digest messages (not command replies) each chat received.</summary>
    public int DigestsReceivedBy(long chatId) =>
        Telegram.SentTo(chatId).Count(m => m.Text.Contains("Your digest", StringComparison.Ordinal));

    public Task<IReadOnlyList<BriefBot.Testing.Telegram.SentMessage>> WaitForDigestsAsync(int total) =>
        Telegram.WaitForAsync<IReadOnlyList<BriefBot.Testing.Telegram.SentMessage>>(
            () => Telegram.SentMessages.Where(m => m.Text.Contains("Your digest", StringComparison.Ordinal)).ToList() is { } all && all.Count >= total ? all : null,
            TimeSpan.FromSeconds(60),
            $"fewer than {total} digests arrived");

    /// <summary>Drops the runs heard so far (before a restart).</summary>
    public void ForgetRuns()
    {
        while (Runs.TryTake(out _))
        {
        }
    }

    /// <summary>Waits until this many more runs have settled their ledger rows; a run stopped by SIGTERM never reports.</summary>
    public async Task WaitForSettledRunsAsync(int total)
    {
        for (var i = 0; i < total; i++)
        {
            await Runs.NextAsync();
        }
    }

    public async Task<IReadOnlyList<DeliveryRecord>> LedgerAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT subscription_id, state FROM deliveries ORDER BY subscription_id";
        var rows = new List<DeliveryRecord>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var state = Enum.Parse<DeliveryState>(reader.GetString(1), ignoreCase: true);
            rows.Add(new DeliveryRecord(reader.GetInt64(0), Today, state, string.Empty, 0, false, default, null, null));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync().WaitAsync(TimeSpan.FromSeconds(30));
            _host.Dispose();
        }

        await Telegram.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string ConnectionString => $"Data Source={DatabasePath}";
}
