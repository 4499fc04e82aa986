using System.Globalization;
using System.Text;
using BriefBot.Hosting;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Telegram.Tests;

/// <summary>Documents on Telegram: which messages carry one to /add, and the whole bot adding one from the fake Bot API.</summary>
public sealed class DocumentTests
{
    // Written for this test; every name is invented.
    private const string Article = """
        Lake ferry dispute reaches the courts

        By Ines Holloway

        The long quarrel between Finland and Estonia over the winter ferry timetable reached a court in Helsinki on Monday, after months in which neither ministry would move.

        Marek Tamsalu, a professor at the Baltic Maritime Academy, said the case would settle little. "Judges can rule on a contract, but they cannot make two ministries trust each other," he said.

        Both governments say they want the ferries to run all year. They disagree about who should pay for the ice breakers that make that possible.
        """;

    [Fact]
    public async Task PrivateDocument_WithOrWithoutACaption_IsAnAdd_CarryingTheDocument()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        var file = server.AddFile("ferry.txt", Encoding.UTF8.GetBytes(Article), "text/plain");

        server.EnqueueDocument(Users.AlicePrivate, Users.Alice, file);
        server.EnqueueDocument(Users.AlicePrivate, Users.Alice, file, caption: "the report I mentioned");
        await server.WaitForMessagesAsync(Users.Alice.Id, count: 2);

        Assert.Equal(["/add", "/add"], bot.Router.Calls.Select(c => c.Text));
        var context = bot.Router.Calls[1].Context;
        Assert.Equal("ferry.txt", context.Document?.FileName);
        Assert.Equal(Encoding.UTF8.GetByteCount(Article), context.Document?.Size);
    }

    [Fact]
    public async Task Group_AddAsCaption_OrAsAReplyToADocument_CarriesIt_ADocumentAloneIsIgnored()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        var file = server.AddFile("ferry.txt", Encoding.UTF8.GetBytes(Article), "text/plain");

        server.EnqueueDocument(Users.Group, Users.Bob, file);
        server.EnqueueDocument(Users.Group, Users.Alice, file, caption: "/add");
        server.EnqueueReplyToDocument(Users.Group, Users.Alice, "/add@BriefTestBot", Users.Bob, file);
        server.EnqueueMessage(Users.Group, Users.Alice, "/add");
        await server.WaitForMessagesAsync(Users.Group.Id, count: 3);

        Assert.Equal(["/add", "/add", "/add"], bot.Router.Calls.Select(c => c.Text));
        Assert.Equal(["ferry.txt", "ferry.txt", null], bot.Router.Calls.Select(c => c.Context.Document?.FileName));
    }

    [Fact]
    public async Task WholeBot_AdminsDocumentIsDownloadedStoredAndAnswered_ANonAdminsIsRefusedUnread()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var data = Directory.CreateTempSubdirectory("briefbot-tg-docs-").FullName;
        var content = Directory.CreateDirectory(Path.Combine(data, "content")).FullName;
        var settings = BotHarness.Settings(server, data);
        settings["Content:Path"] = content;
        settings["Storage:ConnectionString"] = $"Data Source={Path.Combine(data, "briefbot.db")}";
        settings["Telegram:AdminUserIds:0"] = Users.Alice.Id.ToString(CultureInfo.InvariantCulture);
        using var host = BriefBotHost.CreateBuilder([], settings).Build();
        await host.StartAsync();
        try
        {
            var file = server.AddFile("ferry.txt", Encoding.UTF8.GetBytes(Article), "text/plain");

            server.EnqueueDocument(Users.BobPrivate, Users.Bob, file);
            var refused = await server.WaitForMessagesAsync(Users.Bob.Id);
            server.EnqueueDocument(Users.AlicePrivate, Users.Alice, file);
            var added = await server.WaitForMessagesAsync(Users.Alice.Id);
            server.EnqueueDocument(Users.AlicePrivate, Users.Alice, file, caption: "/add");
            var again = await server.WaitForMessagesAsync(Users.Alice.Id, count: 2);

            Assert.Equal("Sorry, only the bot's admins can do that.", Assert.Single(refused).Text);
            Assert.Contains("Added: Lake ferry dispute reaches the courts", added[0].Text, StringComparison.Ordinal);
            Assert.Contains("Marek Tamsalu", added[0].Text, StringComparison.Ordinal);
            Assert.Contains("Already added", again[1].Text, StringComparison.Ordinal);
            // The same file sent again is known by its bytes, so it is downloaded once more (never for the non-admin).
            Assert.Equal(2, server.Calls("getFile").Count);
            Assert.Equal(2, server.Downloads.Count);
            var stored = File.ReadAllText(Assert.Single(Directory.GetFiles(content)));
            Assert.Contains("added_by: \"telegram:1001 (alice)\"", stored, StringComparison.Ordinal);
            Assert.Contains("file: \"ferry.txt\"", stored, StringComparison.Ordinal);
            Assert.DoesNotContain(server.Token, stored, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task WholeBot_TooLargeOrUndownloadableDocuments_AreRefusedInOneSentence_WithoutTheToken()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var data = Directory.CreateTempSubdirectory("briefbot-tg-docs-").FullName;
        var settings = BotHarness.Settings(server, data);
        settings["Content:Path"] = Directory.CreateDirectory(Path.Combine(data, "content")).FullName;
        settings["Storage:ConnectionString"] = $"Data Source={Path.Combine(data, "briefbot.db")}";
        settings["Telegram:AdminUserIds:0"] = Users.Alice.Id.ToString(CultureInfo.InvariantCulture);
        using var host = BriefBotHost.CreateBuilder([], settings).Build();
        await host.StartAsync();
        try
        {
            // Announced as 30 MB: refused before getFile. Announced small but 6 MB when downloaded: refused at the limit.
            var announcedLarge = server.AddFile("large.pdf", [1, 2, 3], "application/pdf", declaredSize: 30L * 1024 * 1024);
            var largerThanAnnounced = server.AddFile("sly.txt", new byte[6 * 1024 * 1024], "text/plain", declaredSize: 1000);

            server.EnqueueDocument(Users.AlicePrivate, Users.Alice, announcedLarge);
            server.EnqueueDocument(Users.AlicePrivate, Users.Alice, largerThanAnnounced);
            var sent = await server.WaitForMessagesAsync(Users.Alice.Id, count: 2);

            Assert.Equal("That file is larger than 5 MB, the most I take.", sent[0].Text);
            Assert.Equal("That file is larger than 5 MB, the most I take.", sent[1].Text);
            Assert.Single(server.Calls("getFile"));
            Assert.Empty(Directory.GetFiles(settings["Content:Path"]!));
            Assert.All(sent, m => Assert.DoesNotContain(server.Token.Split(':')[1], m.Text, StringComparison.Ordinal));
        }
        finally
        {
            await host.StopAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
