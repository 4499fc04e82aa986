using BriefBot.Core.Commands;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests;

public sealed class GroupAndChannelTests
{
    [Fact]
    public async Task Group_AnswersCommandsForThisBot_IgnoresOtherBotsAndChatter()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueMessage(Users.Group, Users.Alice, "/actor@OtherBot Russia");
        server.EnqueueMessage(Users.Group, Users.Alice, "good morning everyone");
        server.EnqueueMessage(Users.Group, Users.Alice, "/actor@BriefTestBot Russia");
        server.EnqueueMessage(Users.Group, Users.Bob, "/start");
        // Updates in one chat are handled in order: once the last answer is out, the ignored ones were seen.
        var sent = await server.WaitForMessagesAsync(Users.Group.Id, count: 2);

        Assert.Equal(["/actor Russia", "/start"], bot.Router.Calls.Select(c => c.Text));
        Assert.Equal(2, sent.Count);
        Assert.All(bot.Router.Calls, c => Assert.Equal(ChatKind.Group, c.Context.ChatKind));
        Assert.All(bot.Router.Calls, c => Assert.Equal("-100200300", c.Context.ChatId));
    }

    [Fact]
    public async Task Group_ChatAdminComesFromGetChatMember_AndIsCached()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.SetChatMember(Users.Group.Id, Users.Alice.Id, "administrator");
        server.SetChatMember(Users.Group.Id, Users.Bob.Id, "member");
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueMessage(Users.Group, Users.Alice, "/start");
        server.EnqueueMessage(Users.Group, Users.Bob, "/start");
        server.EnqueueMessage(Users.Group, Users.Alice, "/start");
        await server.WaitForMessagesAsync(Users.Group.Id, count: 3);

        Assert.Equal([true, false, true], bot.Router.Calls.Select(c => c.Context.IsChatAdmin));
        Assert.Equal(2, server.Calls("getChatMember").Count);
    }

    [Fact]
    public async Task ChannelPost_IsAnsweredInTheChannel()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueChannelPost(Users.Channel, "/reading river trade");
        var sent = await server.WaitForMessagesAsync(Users.Channel.Id);

        var (text, context) = Assert.Single(bot.Router.Calls);
        Assert.Equal("/reading river trade", text);
        Assert.Equal(ChatKind.Channel, context.ChatKind);
        Assert.Equal("-100900800", context.UserId);
        Assert.True(context.IsChatAdmin);
        Assert.Single(sent);
    }

    [Fact]
    public async Task ChannelPost_WithoutACommand_IsIgnored()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueChannelPost(Users.Channel, "Today's news: nothing happened.");
        server.EnqueueChannelPost(Users.Channel, "/start");
        await server.WaitForMessagesAsync(Users.Channel.Id);

        Assert.Equal("/start", Assert.Single(bot.Router.Calls).Text);
    }
}
