using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests;

public sealed class ReceivingTests
{
    [Fact]
    public async Task ServerGoingAwayAndComingBack_PollingBacksOffAndRecovers_WithoutARestart()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        await server.WaitForArrivalAsync(r => r.Method == "getUpdates");

        server.GoDown();
        server.Script("getUpdates", ScriptedFault.BadGateway(), times: 2);
        // While down, the poller backs off on the fake clock; no request gets through.
        bot.Clock.Advance(TimeSpan.FromSeconds(30));
        server.ComeBack();
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");

        var sent = await bot.AdvanceUntilAsync(() => server.SentTo(Users.Alice.Id).FirstOrDefault());

        Assert.NotNull(sent);
        Assert.Equal(2, server.Calls("getUpdates").Count(r => r.StatusCode == 502));
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Message.StartsWith("Telegram getUpdates failed, retrying in", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Message.StartsWith("Telegram getUpdates recovered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Backoff_GrowsBetweenFailures_AndIsCapped()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, s => s["Telegram:MaxBackoffSeconds"] = "8");
        await server.WaitForArrivalAsync(r => r.Method == "getUpdates");
        server.Script("getUpdates", ScriptedFault.InternalError(), times: 6);
        // Drop the long poll in flight, so the next ones meet the scripted errors.
        server.GoDown();
        server.ComeBack();
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");

        await bot.AdvanceUntilAsync(() => server.SentTo(Users.Alice.Id).FirstOrDefault());

        Assert.Equal(6, server.Calls("getUpdates").Count(r => r.StatusCode == 500));
        var delays = bot.Logs.GetSnapshot()
            .Where(r => r.Message.StartsWith("Telegram getUpdates failed", StringComparison.Ordinal))
            .Select(r => long.Parse(r.StructuredState!.Single(kv => kv.Key == "DelayMs").Value!, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(7, delays.Count);
        Assert.True(delays[^1] > delays[0], "the delay grows");
        Assert.All(delays, delay => Assert.InRange(delay, 500, 8000));
    }

    [Fact]
    public async Task Restart_NeitherLosesNorReplaysUpdates()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var dataFolder = Directory.CreateTempSubdirectory("briefbot-offset-").FullName;

        await using (var first = await BotHarness.StartAsync(server, dataFolder: dataFolder))
        {
            server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor one");
            await server.WaitForMessagesAsync(Users.Alice.Id);
        }

        // Written while the bot was down: must be answered after the restart, and only it.
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor two");
        await using var second = await BotHarness.StartAsync(server, dataFolder: dataFolder);
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id, count: 2);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor three");
        sent = await server.WaitForMessagesAsync(Users.Alice.Id, count: 3);

        Assert.Equal(["/actor two", "/actor three"], second.Router.Calls.Select(c => c.Text));
        Assert.Equal(3, sent.Count);
        Assert.Contains("one", sent[0].Text, StringComparison.Ordinal);
        Assert.Contains("two", sent[1].Text, StringComparison.Ordinal);
        Assert.Contains("three", sent[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstPollAfterRestart_ConfirmsTheSavedOffset()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var dataFolder = Directory.CreateTempSubdirectory("briefbot-offset-").FullName;
        long handled;
        await using (var first = await BotHarness.StartAsync(server, dataFolder: dataFolder))
        {
            handled = server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");
            await server.WaitForMessagesAsync(Users.Alice.Id);
        }

        var before = server.Arrivals.Count;
        await using var second = await BotHarness.StartAsync(server, dataFolder: dataFolder);
        var poll = await server.WaitForAsync(
            () => server.Arrivals.Skip(before).FirstOrDefault(r => r.Method == "getUpdates"),
            timeout: null,
            "the restarted bot never polled");

        Assert.Equal((handled + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), poll.Text("offset"));
        Assert.Equal("10", poll.Text("timeout"));
    }

    [Fact]
    public async Task AnUnreadablePendingUpdate_IsLoggedAndRemoved_AndTheBotAnswersAsUsual()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var dataFolder = Directory.CreateTempSubdirectory("briefbot-offset-").FullName;
        var pending = Directory.CreateDirectory(Path.Combine(dataFolder, "telegram-offset.txt.pending")).FullName;
        await File.WriteAllTextAsync(Path.Combine(pending, "77.json"), "{not json");
        await File.WriteAllTextAsync(Path.Combine(pending, "78.json.tmp"), "{\"update_id\":7");

        await using var bot = await BotHarness.StartAsync(server, dataFolder: dataFolder);
        var dropped = await bot.WaitForLogAsync("Dropped 1 unreadable pending Telegram updates");
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");
        await server.WaitForMessagesAsync(Users.Alice.Id);

        Assert.Contains("77.json", dropped.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(pending, "77.json")));
        Assert.False(File.Exists(Path.Combine(pending, "78.json.tmp")));
    }
}
