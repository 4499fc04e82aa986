using BriefBot.Core.Commands;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests;

public sealed class PrivateChatTests
{
    [Theory]
    [InlineData("/start")]
    [InlineData("/actor Russia")]
    [InlineData("/expert Ada Example")]
    [InlineData("/concept widget theory")]
    [InlineData("/search harbour tariffs")]
    [InlineData("/reading river trade")]
    [InlineData("/sources")]
    public async Task Command_IsRoutedWithPrivateContext_AndAnsweredInTheChat(string command)
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, command);
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id);

        var (text, context) = Assert.Single(bot.Router.Calls);
        Assert.Equal(command, text);
        Assert.Equal(new CommandContext("telegram", "1001", "1001", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false, "alice"), context);
        var message = Assert.Single(sent);
        Assert.Equal("<b>Answer</b>\n\nYou asked: " + command, message.Text);
        Assert.Equal("html", message.ParseMode, ignoreCase: true);
        Assert.True(message.LinkPreviewDisabled);
    }

    [Fact]
    public async Task PlainText_InPrivateChat_IsASearch()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "  river trade ");
        await server.WaitForMessagesAsync(Users.Alice.Id);

        Assert.Equal("/search river trade", Assert.Single(bot.Router.Calls).Text);
    }

    [Fact]
    public async Task ConfiguredAdmin_IsBotAdmin()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, s => s["Telegram:AdminUserIds:0"] = Users.Bob.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/stats");
        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/stats");
        await server.WaitForMessagesAsync(Users.Alice.Id);
        await server.WaitForMessagesAsync(Users.Bob.Id);

        var calls = bot.Router.Calls.ToDictionary(c => c.Context.UserId, c => c.Context.IsBotAdmin);
        Assert.False(calls["1001"]);
        Assert.True(calls["1002"]);
    }

    [Fact]
    public async Task EveryCommand_LogsOneStructuredLine()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor Russia");
        await server.WaitForMessagesAsync(Users.Alice.Id);
        var record = await bot.WaitForLogAsync("Command handled");

        var state = record.StructuredState!.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal("telegram", state["Platform"]);
        Assert.Equal("1001", state["ChatId"]);
        Assert.Equal("actor", state["Command"]);
        Assert.Equal("Ok", state["Outcome"]);
        Assert.True(long.Parse(state["LatencyMs"]!, System.Globalization.CultureInfo.InvariantCulture) >= 0);
    }
}
