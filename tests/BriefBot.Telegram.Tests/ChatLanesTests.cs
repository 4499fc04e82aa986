using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests;

/// <summary>One slow or failing chat never delays another: each chat has its own lane, the poll loop goes on.</summary>
public sealed class ChatLanesTests
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Replies_ToOtherChats_AreNotDelayed_WhenOneSendHangs()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        using var hold = server.HoldSendsTo(Users.Alice.Id);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");
        await server.WaitForArrivalAsync(r => r.Method == "sendMessage" && r.Text("chat_id") == "1001");

        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/help");
        var bobs = await server.WaitForMessagesAsync(Users.Bob.Id, timeout: SafetyNet);

        Assert.Single(bobs);
        Assert.Empty(server.SentTo(Users.Alice.Id));
        hold.Release();
        await server.WaitForMessagesAsync(Users.Alice.Id, timeout: SafetyNet);
        Assert.Single(server.SentTo(Users.Alice.Id));
    }

    [Fact]
    public async Task Replies_ToOtherChats_AreNotDelayed_WhileOneChatsCommandIsStuckOnTheDatabase()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        var stuck = StuckChat.In(bot.Router, Users.Alice.Id);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor one");
        await stuck.Entered.WaitAsync(SafetyNet);

        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/help");
        await server.WaitForMessagesAsync(Users.Bob.Id, timeout: SafetyNet);
        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/start");
        await server.WaitForMessagesAsync(Users.Bob.Id, count: 2, timeout: SafetyNet);

        Assert.Empty(server.SentTo(Users.Alice.Id));
        stuck.Release();
        await server.WaitForMessagesAsync(Users.Alice.Id, timeout: SafetyNet);
        Assert.Single(server.SentTo(Users.Alice.Id));
    }

    [Fact]
    public async Task AChatsLaterCommands_WaitForItsEarlierOne_AndKeepTheirOrder()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        var stuck = StuckChat.In(bot.Router, Users.Alice.Id);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor one");
        await stuck.Entered.WaitAsync(SafetyNet);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor two");
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor three");
        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/help");
        await server.WaitForMessagesAsync(Users.Bob.Id, timeout: SafetyNet);

        Assert.Empty(server.SentTo(Users.Alice.Id));
        stuck.Release();
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id, count: 3, timeout: SafetyNet);
        Assert.Collection(
            sent,
            m => Assert.Contains("one", m.Text, StringComparison.Ordinal),
            m => Assert.Contains("two", m.Text, StringComparison.Ordinal),
            m => Assert.Contains("three", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_WhileOneChatIsStuck_AnswersItsUpdateOnce_AndNoOtherAgain()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var dataFolder = Directory.CreateTempSubdirectory("briefbot-lanes-").FullName;
        await using (var first = await BotHarness.StartAsync(server, dataFolder: dataFolder))
        {
            var stuck = StuckChat.In(first.Router, Users.Alice.Id);
            server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor stuck");
            await stuck.Entered.WaitAsync(SafetyNet);
            server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/help");
            // Finished, not just sent: an update cancelled after its answer went out is answered again after a restart.
            await first.WaitForLogAsync("Command handled: platform=telegram chat=1002");
            // The host's shutdown time is over at once: Alice's command is cancelled, unanswered.
            await first.Host.StopAsync(new CancellationToken(canceled: true));
        }

        Assert.Empty(server.SentTo(Users.Alice.Id));
        await using var second = await BotHarness.StartAsync(server, dataFolder: dataFolder);
        await server.WaitForMessagesAsync(Users.Alice.Id, timeout: SafetyNet);
        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/start");
        await server.WaitForMessagesAsync(Users.Bob.Id, count: 2, timeout: SafetyNet);

        Assert.Equal(["/actor stuck", "/start"], second.Router.Calls.Select(c => c.Text));
        Assert.Single(server.SentTo(Users.Alice.Id));
        Assert.Equal(2, server.SentTo(Users.Bob.Id).Count);
    }

    [Fact]
    public async Task AChatsWaitingUpdates_AreBounded_TheRestAreLoggedNotQueued()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, s => s["Telegram:Receiving:MaxUpdatesPerChat"] = "3");
        var stuck = StuckChat.In(bot.Router, Users.Alice.Id);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor 1");
        await stuck.Entered.WaitAsync(SafetyNet);
        for (var i = 2; i <= 6; i++)
        {
            server.EnqueueMessage(Users.AlicePrivate, Users.Alice, $"/actor {i}");
        }

        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/help");
        await server.WaitForMessagesAsync(Users.Bob.Id, timeout: SafetyNet);
        await bot.WaitForLogAsync("Chat 1001 has 3 updates waiting", count: 3);
        stuck.Release();
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id, count: 3, timeout: SafetyNet);

        Assert.Equal(["1", "2", "3"], sent.Select(m => m.Text[^1..]));
        Assert.Equal(["/actor 1", "/actor 2", "/actor 3"], bot.Router.Calls.Where(c => c.Context.ChatId == "1001").Select(c => c.Text));
    }

    [Fact]
    public async Task UpdatesInFlight_AreBounded_ThePollerWaitsForRoom()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, s => s["Telegram:Receiving:MaxUpdatesInFlight"] = "2");
        var stuck = StuckChat.In(bot.Router, Users.Alice.Id);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor 1");
        await stuck.Entered.WaitAsync(SafetyNet);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor 2");
        await bot.WaitForLogAsync("2 Telegram updates are in flight");
        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/help");

        Assert.Empty(server.SentTo(Users.Bob.Id));
        stuck.Release();
        await server.WaitForMessagesAsync(Users.Bob.Id, timeout: SafetyNet);
        await server.WaitForMessagesAsync(Users.Alice.Id, count: 2, timeout: SafetyNet);
    }
}
