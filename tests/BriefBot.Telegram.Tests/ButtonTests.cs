using System.Text;
using BriefBot.Core.Replies;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests;

public sealed class ButtonTests
{
    private static Reply Ambiguous(params ReplyButton[] buttons) =>
        new(ReplyStatus.Ambiguous, "Which one?", [new Paragraph([new Span("Several match.")])], [], [], buttons);

    [Fact]
    public async Task Buttons_BecomeAnInlineKeyboard_AndPressingOneRunsItsCommand()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        bot.Router.Respond = (text, _) => text == "/actor Ge"
            ? Ambiguous(new ReplyButton("Germany", "/actor Germany"), new ReplyButton("Georgia", "/actor Georgia"))
            : Reply.Text(ReplyStatus.Ok, "Briefing for " + text);

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor Ge");
        var question = (await server.WaitForMessagesAsync(Users.Alice.Id)).Single();
        Assert.Equal([("Germany", "/actor Germany"), ("Georgia", "/actor Georgia")], question.Buttons);

        server.EnqueueCallback(Users.AlicePrivate, Users.Alice, question.Buttons[1].Data, question.MessageId);
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id, count: 2);

        Assert.Equal("Briefing for /actor Georgia", sent[1].Text);
        var answer = Assert.Single(server.Calls("answerCallbackQuery"));
        Assert.True(answer.Succeeded);
        Assert.True(server.Requests.ToList().FindIndex(r => r.Method == "answerCallbackQuery")
            < server.Requests.ToList().FindLastIndex(r => r.Method == "sendMessage"));
    }

    [Fact]
    public async Task LongButtonCommand_IsCarriedByAShortId_Within64Bytes()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        var longCommand = "/search " + string.Concat(Enumerable.Repeat("Ünïcode ", 12));
        bot.Router.Respond = (text, _) => text.StartsWith("/search", StringComparison.Ordinal) && text != longCommand
            ? Ambiguous(new ReplyButton("Search more", longCommand))
            : Reply.Text(ReplyStatus.Ok, "Results for " + text);

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/search x");
        var question = (await server.WaitForMessagesAsync(Users.Alice.Id)).Single();
        var data = Assert.Single(question.Buttons).Data;
        Assert.True(Encoding.UTF8.GetByteCount(data) <= 64);

        server.EnqueueCallback(Users.AlicePrivate, Users.Alice, data);
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id, count: 2);

        Assert.Equal(longCommand, bot.Router.Calls[1].Text);
        Assert.Equal(Html("Results for " + longCommand), sent[1].Text);
    }

    [Fact]
    public async Task ForgottenButton_IsAnsweredWithAHint_AndRunsNothing()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);

        server.EnqueueCallback(Users.AlicePrivate, Users.Alice, "#ffff");
        var answer = await server.WaitForRequestAsync(r => r.Method == "answerCallbackQuery");

        Assert.Contains("expired", answer.Text("text"), StringComparison.Ordinal);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");
        await server.WaitForMessagesAsync(Users.Alice.Id);
        Assert.Equal("/start", Assert.Single(bot.Router.Calls).Text);
    }

    private static string Html(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
