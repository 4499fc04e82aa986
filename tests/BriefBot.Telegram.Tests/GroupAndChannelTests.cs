using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Telegram.Rendering;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests;

public sealed class GroupAndChannelTests
{
    private static readonly TelegramReplyRenderer Renderer = new(new CallbackCommands());

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

    [Fact]
    public async Task Group_EachAnswerRepliesToTheMessageThatAsked()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);

        var alicesQuestion = server.MessageIdOf(server.EnqueueMessage(Users.Group, Users.Alice, "/actor Russia"));
        var bobsQuestion = server.MessageIdOf(server.EnqueueMessage(Users.Group, Users.Bob, "/start"));
        var sent = await server.WaitForMessagesAsync(Users.Group.Id, count: 2);

        Assert.Equal([alicesQuestion, bobsQuestion], sent.Select(m => m.ReplyToMessageId));
        Assert.All(sent, m => Assert.Null(m.ThreadId));
    }

    [Fact]
    public async Task Forum_AnswerStaysInTheQuestionsTopic_AndOnlyItsFirstPartIsAReply()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        var forum = FakeChat.Forum(-100_900_900);
        var paragraphs = Enumerable.Range(1, 30)
            .Select(i => new Paragraph([new Span($"Paragraph {i:00} " + new string('x', 200) + ".")]))
            .ToList<Block>();
        bot.Router.Respond = (_, _) => new Reply(ReplyStatus.Ok, "Long", paragraphs, [], [], []);

        var question = server.MessageIdOf(server.EnqueueMessage(forum, Users.Alice, "/actor long", topic: 42));
        var parts = Renderer.Render(bot.Router.Respond("", null!)).Parts.Count;
        var sent = await server.WaitForMessagesAsync(forum.Id, parts);

        Assert.True(sent.Count >= 2);
        Assert.All(sent, m => Assert.Equal(42, m.ThreadId));
        Assert.Equal(question, sent[0].ReplyToMessageId);
        Assert.All(sent.Skip(1), m => Assert.Null(m.ReplyToMessageId));
    }

    [Fact]
    public async Task PrivateChat_AnswersAreNotReplies()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id);

        Assert.Null(Assert.Single(sent).ReplyToMessageId);
    }
}
