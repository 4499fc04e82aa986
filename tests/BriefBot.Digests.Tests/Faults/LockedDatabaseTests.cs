using BriefBot.Core.Commands;
using BriefBot.Core.Delivery;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Subscriptions;
using BriefBot.Digests.Tests.Fakes;
using BriefBot.Hosting;
using BriefBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>
/// The whole bot started on a database another connection holds locked: it answers meanwhile, and once the lock is
/// gone and the next try opens the database, subscriptions work and the day's digest that fell due goes out.
/// </summary>
public sealed class LockedDatabaseTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-locked-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "briefbot.db")}";

    [Fact]
    public async Task ADatabaseLockedAtStart_SubscriptionsAndDigestsComeBack_WhenItOpens()
    {
        Directory.CreateDirectory(_folder);
        using (var database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = ConnectionString }), _time, NullLogger<SqliteDatabase>.Instance))
        {
            await new SqliteSubscriptionStore(database).SaveAsync(
                new SubscriptionRequest("console", "chat-1", [], new TimeOnly(8, 0), "UTC", "user", _time.GetUtcNow().AddDays(-1)), CancellationToken.None);
        }

        await using var locker = new SqliteConnection(ConnectionString + ";Pooling=False");
        await locker.OpenAsync();
        await ExecuteAsync(locker, "BEGIN EXCLUSIVE;");

        var sender = new RecordingChatSender("console");
        var runs = new RunRecorder();
        var builder = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = ConnectionString,
            ["Content:Path"] = Path.Combine(_folder, "no-content"),
            ["Logging:LogLevel:Default"] = "None",
        });
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddSingleton<IChatSender>(sender);
        builder.Services.AddSingleton<IDigestRunObserver>(runs);
        using var host = builder.Build();
        host.Services.GetRequiredService<SnapshotHolder>().Swap(TestCorpus.Standard());
        await host.StartAsync();
        try
        {
            var router = host.Services.GetRequiredService<ICommandRouter>();
            var context = new CommandContext("console", "chat-2", "user-2", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false);
            Assert.Equal(ReplyStatus.Ok, (await router.HandleAsync("/concept deterrence", context, CancellationToken.None)).Status);
            Assert.Contains("database cannot be opened", PlainTextRenderer.Render(await router.HandleAsync("/subscribe at 10:00", context, CancellationToken.None)), StringComparison.Ordinal);
            Assert.Empty(sender.Sent);

            await ExecuteAsync(locker, "ROLLBACK;");
            _time.Advance(TimeSpan.FromSeconds(5)); // the first retry
            var caughtUp = await runs.NextAsync();

            Assert.Equal(DigestRunOutcome.Sent, caughtUp.Outcome);
            Assert.Equal("chat-1", Assert.Single(sender.Sent).ChatId);
            Assert.Equal(ReplyStatus.Ok, (await router.HandleAsync("/subscribe at 10:00", context, CancellationToken.None)).Status);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
