using BriefBot.Core.Commands.Throttling;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Telegram.Tests;

public sealed class ThrottleTests
{
    [Fact]
    public void Throttle_AllowsTheLimit_SaysSlowDownOnce_ThenStaysSilent_UntilTheWindowPasses()
    {
        var clock = new FakeTimeProvider();
        var throttle = new CommandThrottle(clock, limit: 3);

        var decisions = Enumerable.Range(0, 6).Select(_ => throttle.Check("telegram", "7")).ToList();
        var otherUser = throttle.Check("telegram", "8");
        var otherPlatform = throttle.Check("discord", "7");
        clock.Advance(TimeSpan.FromSeconds(61));
        var afterWindow = throttle.Check("telegram", "7");

        Assert.Equal(
            [ThrottleDecision.Allow, ThrottleDecision.Allow, ThrottleDecision.Allow, ThrottleDecision.SlowDown, ThrottleDecision.StaySilent, ThrottleDecision.StaySilent],
            decisions);
        Assert.Equal(ThrottleDecision.Allow, otherUser);
        Assert.Equal(ThrottleDecision.Allow, otherPlatform);
        Assert.Equal(ThrottleDecision.Allow, afterWindow);
    }

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
