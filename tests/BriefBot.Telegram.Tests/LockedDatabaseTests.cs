using System.Globalization;
using BriefBot.Hosting;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing;
using BriefBot.Testing.Telegram;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Telegram.Tests;

/// <summary>
/// The whole bot as it ships, on a real SQLite file that another connection holds locked: the chat whose command needs
/// the database waits for it, every other chat is answered meanwhile.
/// </summary>
public sealed class LockedDatabaseTests : IAsyncLifetime
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(15);
    private readonly string _data = Directory.CreateTempSubdirectory("briefbot-locked-").FullName;
    private FakeBotApiServer _server = null!;
    private IHost _host = null!;

    private string DatabasePath => Path.Combine(_data, "briefbot.db");

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        var settings = BotHarness.Settings(_server, _data);
        settings["Content:Path"] = RepoPaths.Content;
        settings["Storage:ConnectionString"] = $"Data Source={DatabasePath}";
        _host = BriefBotHost.CreateBuilder([], settings).Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task OtherChats_AreAnswered_WhileOneChatsCommandWaitsForALockedDatabase()
    {
        var alice = new FakeUser(7001, "Alice");
        var bob = new FakeUser(7002, "Bob");
        await using var locker = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await locker.OpenAsync();
        await using (var begin = locker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();
        }

        var asked = _server.EnqueueMessage(FakeChat.Private(alice.Id), alice, "/subscribe");
        // Alice's update was taken in and the poller asks for more while her command waits on the lock.
        await _server.WaitForArrivalAsync(
            r => r.Method == "getUpdates" && long.TryParse(r.Text("offset"), CultureInfo.InvariantCulture, out var offset) && offset > asked,
            SafetyNet);
        _server.EnqueueMessage(FakeChat.Private(bob.Id), bob, "/help");
        await _server.WaitForMessagesAsync(bob.Id, timeout: SafetyNet);

        Assert.Empty(_server.SentTo(alice.Id));
        await using (var rollback = locker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        var answer = await _server.WaitForMessagesAsync(alice.Id, timeout: SafetyNet);
        Assert.DoesNotContain("went wrong", TelegramHtml.TryParse(answer[0].Text, out _), StringComparison.Ordinal);
    }
}
