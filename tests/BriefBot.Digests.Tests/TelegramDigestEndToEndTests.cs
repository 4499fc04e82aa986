using BriefBot.Core.Knowledge;
using BriefBot.Digests.Tests.Fakes;
using BriefBot.Hosting;
using BriefBot.Testing.Telegram;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Digests.Tests;

/// <summary>
/// The whole bot as the host builds it (router, Telegram transport, storage, Quartz), against the fake Bot API
/// server on loopback: a user subscribes in a private chat, the clock reaches the chat's time, one digest arrives.
/// </summary>
public sealed class TelegramDigestEndToEndTests : IAsyncLifetime
{
    private const long UserId = 4242;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero));
    private readonly RunRecorder _runs = new();
    private FakeBotApiServer _telegram = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeBotApiServer.StartAsync();
        var builder = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Telegram:Token"] = _telegram.Token,
            ["Telegram:ApiBaseUrl"] = _telegram.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:OffsetPath"] = Path.Combine(_folder, "offset.txt"),
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "briefbot.db")}",
            ["Content:Path"] = Path.Combine(_folder, "no-content-yet"),
            ["Digest:Items"] = "3",
            ["Logging:LogLevel:Default"] = "Warning",
            // The pacer's buckets refill on the fake clock; roomy buckets let the reply and the digest both go without moving it.
            ["Telegram:Pacing:PerChatPerSecond"] = "100",
            ["Telegram:Pacing:GlobalPerSecond"] = "100",
        });
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddSingleton<IDigestRunObserver>(_runs);
        _host = builder.Build();
        _host.Services.GetRequiredService<SnapshotHolder>().Swap(TestCorpus.Standard());
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _telegram.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Subscribe_ThenTheChatsTimeComes_ExactlyOneDigestArrives()
    {
        _telegram.EnqueueMessage(FakeChat.Private(UserId), new FakeUser(UserId, "Ann"), "/subscribe Atlantis at 07:30 in Asia/Karachi");
        var confirmation = (await _telegram.WaitForMessagesAsync(UserId, 1))[0];
        Assert.Contains("Tue 2 Jun 2026 07:30 Asia/Karachi", confirmation.Text, StringComparison.Ordinal);

        // 07:30 in Karachi on 2 June is 02:30 UTC.
        _time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 2, 30, 0, TimeSpan.Zero));
        var run = await _runs.NextAsync();

        Assert.Equal(DigestRunOutcome.Sent, run.Outcome);
        var messages = await _telegram.WaitForMessagesAsync(UserId, 2);
        Assert.Equal(2, messages.Count);
        Assert.Contains("Your digest for Tue 2 Jun 2026", messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("Briefing of the day", messages[1].Text, StringComparison.Ordinal);
        Assert.Equal("html", messages[1].ParseMode, ignoreCase: true);
        Assert.Single(_telegram.SentTo(UserId), m => m.Text.Contains("Your digest", StringComparison.Ordinal));
    }
}
