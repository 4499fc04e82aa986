using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests;

public sealed class ThrottleTests
{
    [Fact]
    public async Task FloodingUser_GetsOneSlowDown_ThenSilence_OthersAreUnaffected()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, s => s["Commands:PerUserPerMinute"] = "2");

        for (var i = 0; i < 5; i++)
        {
            server.EnqueueMessage(Users.AlicePrivate, Users.Alice, $"/actor {i}");
        }

        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/start");
        await server.WaitForMessagesAsync(Users.Bob.Id);
        await bot.WaitForLogAsync("User 1001 in chat 1001 is over the command limit", count: 3);
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor later");
        var alice = await server.WaitForMessagesAsync(Users.Alice.Id, count: 4);

        Assert.Equal(["/actor 0", "/actor 1", "/actor later"], bot.Router.Calls.Where(c => c.Context.UserId == "1001").Select(c => c.Text));
        Assert.Equal(4, alice.Count);
        Assert.StartsWith("Slow down", alice[2].Text, StringComparison.Ordinal);
        Assert.Single(server.SentTo(Users.Bob.Id));
    }
}
