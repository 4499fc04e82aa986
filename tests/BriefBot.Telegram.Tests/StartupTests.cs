using BriefBot.Telegram.Startup;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_CallsGetMe_DeletesWebhook_AndPublishesTheRoutersCommands()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);

        await server.WaitForArrivalAsync(r => r.Method == "getUpdates");
        var methods = server.Arrivals.Select(r => r.Method).ToList();
        Assert.True(methods.IndexOf("getMe") < methods.IndexOf("deleteWebhook"));
        Assert.True(methods.IndexOf("deleteWebhook") < methods.IndexOf("setMyCommands"));
        Assert.Equal(
            bot.Router.Commands.Select(c => (c.Name, c.Description)),
            server.Commands.Select(c => (c.Command, c.Description)));
    }

    [Fact]
    public async Task Start_StopsTheHost_WhenTheTokenIsRejected_WithoutShowingIt()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        const string wrongToken = "999:wrong-secret-token";
        await using var bot = await BotHarness.StartAsync(server, s => s["Telegram:Token"] = wrongToken, start: false);

        var error = await Assert.ThrowsAsync<TokenRejectedException>(() => bot.Host.StartAsync());

        Assert.Contains("the Telegram token was rejected", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrong-secret-token", error.ToString(), StringComparison.Ordinal);
        Assert.All(bot.AllLogText(), line => Assert.DoesNotContain("wrong-secret-token", line, StringComparison.Ordinal));
        Assert.Equal(401, server.Calls("getMe").Single().StatusCode);
        Assert.Empty(server.Calls("getUpdates"));
    }

    [Fact]
    public async Task RefusedCommandList_DoesNotStopTheBotFromAnswering()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.Script("setMyCommands", new ScriptedFault(400, "Bad Request: BOT_COMMAND_INVALID"));
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");

        Assert.Single(await server.WaitForMessagesAsync(Users.Alice.Id));
    }

    [Fact]
    public async Task TelegramUnreachableAtStart_TheHostStartsAnyway_AndTheBotComesUpWhenItCan()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.Script("getMe", ScriptedFault.BadGateway(), times: 2);
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");
        await bot.AdvanceUntilAsync(() => server.SentTo(Users.Alice.Id).FirstOrDefault());

        Assert.Equal(3, server.Calls("getMe").Count);
    }
}
