using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Telegram.Tests;

public sealed class SendingTests
{
    private static readonly Reply Digest = Reply.Text(ReplyStatus.Ok, "Today's reading");

    private static IChatSender Sender(BotHarness bot) =>
        bot.Sender;

    [Fact]
    public async Task TooManyRequests_WaitsRetryAfter_ThenDeliversExactlyOnce()
    {
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = new SteppingClock() });
        await using var bot = await BotHarness.StartAsync(server);
        server.Script("sendMessage", ScriptedFault.TooManyRequests(retryAfterSeconds: 7));

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", CancellationToken.None);
        var refused = await server.WaitForRequestAsync(r => r.Method == "sendMessage");
        Assert.Equal(429, refused.StatusCode);
        var started = bot.Clock.GetUtcNow();
        await bot.AdvanceUntilAsync(() => server.SentTo(1001).FirstOrDefault());

        Assert.Equal(DeliveryResult.Sent, await sending);
        Assert.Single(server.SentTo(1001));
        Assert.Equal(2, server.Calls("sendMessage").Count);
        Assert.True(bot.Clock.GetUtcNow() - started >= TimeSpan.FromSeconds(7), "retried before retry_after passed");
    }

    [Fact]
    public async Task Forbidden_IsReportedAndLogged_NotRetried()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        server.BlockChat(1001);

        var result = await Sender(bot).SendAsync("1001", Digest, "digest:1", CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Forbidden, result.Outcome);
        Assert.Contains("blocked", result.Detail, StringComparison.Ordinal);
        Assert.Single(server.Calls("sendMessage"));
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Message.Contains("refused a message to chat 1001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASingleServerError_IsRetried_AndTheMessageArrivesOnce()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        server.Script("sendMessage", ScriptedFault.BadGateway());

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", CancellationToken.None);
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        Assert.Equal(DeliveryResult.Sent, await sending);
        Assert.Equal(2, server.Calls("sendMessage").Count);
        Assert.Single(server.SentMessages);
    }

    [Fact]
    public async Task Pacing_HoldsTheSecondMessageToAChat_UntilItsTurn()
    {
        var clock = new SteppingClock();
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = clock });
        await using var bot = await BotHarness.StartAsync(server, s => s["Telegram:Pacing:PerChatPerSecond"] = "1", clock: clock);
        var sender = Sender(bot);

        var sends = new[]
        {
            sender.SendAsync("1001", Digest, "a", CancellationToken.None),
            sender.SendAsync("1001", Digest, "b", CancellationToken.None),
            sender.SendAsync("1002", Digest, "c", CancellationToken.None),
        };
        await bot.AdvanceUntilAsync(() => server.SentMessages.Count >= 3 ? server.SentMessages : null);

        Assert.All(await Task.WhenAll(sends), r => Assert.Equal(DeliveryResult.Sent, r));
        var first = server.SentTo(1001);
        // Another chat is not held: its message arrives with the chat's first, at the same instant of the fake clock.
        Assert.Equal(first[0].At, Assert.Single(server.SentTo(1002)).At);
        // The chat's second arrives at its turn: a second after the first, plus the pacer's 2 % margin for timers that fire early.
        Assert.Equal(2, first.Count);
        Assert.InRange(first[1].At - first[0].At, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.02));
    }

    [Fact]
    public async Task Pacing_NeverSendsBeforeTheWindowIsOver_WhenTimersFireEarly()
    {
        var clock = new EarlyTimersClock(early: TimeSpan.FromMilliseconds(5));
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = clock });
        await using var bot = await BotHarness.StartAsync(server, s => s["Telegram:Pacing:PerChatPerSecond"] = "1", clock: clock);
        var sender = Sender(bot);

        await sender.SendAsync("1001", Digest, "a", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var second = sender.SendAsync("1001", Digest, "b", CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(990));
        var sent = await bot.AdvanceUntilAsync(() => server.SentTo(1001) is { Count: 2 } both ? both : null);

        Assert.Equal(DeliveryResult.Sent, await second);
        // The pacer's 2 % margin covers a timer that fires early: the turn comes after the window, never inside it.
        Assert.InRange(sent[1].At - sent[0].At, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(1_021));
    }

    [Fact]
    public async Task Pacing_StillHoldsAChatsSecondMessage_WhileThousandsOfIdleChatsAreForgotten()
    {
        var clock = new SteppingClock();
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = clock });
        await using var bot = await BotHarness.StartAsync(server, s =>
        {
            s["Telegram:Pacing:PerChatPerSecond"] = "1";
            s["Telegram:Pacing:GlobalPerSecond"] = "100000";
        }, clock: clock);
        var sender = Sender(bot);
        await SendToManyAsync(sender, firstChat: 5_000);
        clock.Advance(TimeSpan.FromSeconds(2)); // those chats' windows are over: their lanes are idle

        await sender.SendAsync("1001", Digest, "a", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        // As lanes pile up the pacer forgets the idle ones, but not 1001's, whose window is still open.
        await SendToManyAsync(sender, firstChat: 7_000);
        var second = sender.SendAsync("1001", Digest, "b", CancellationToken.None);
        var sent = await bot.AdvanceUntilAsync(() => server.SentTo(1001) is { Count: 2 } both ? both : null);

        Assert.Equal(DeliveryResult.Sent, await second);
        Assert.True(sent[1].At - sent[0].At >= TimeSpan.FromSeconds(1), $"the second message went {sent[1].At - sent[0].At} after the first");
    }

    private static async Task SendToManyAsync(IChatSender sender, int firstChat)
    {
        var sends = Enumerable.Range(firstChat, 1_500)
            .Select(chat => sender.SendAsync(chat.ToString(System.Globalization.CultureInfo.InvariantCulture), Digest, $"d{chat}", CancellationToken.None));
        Assert.All(await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(60)), r => Assert.Equal(DeliveryResult.Sent, r));
    }

    [Fact]
    public async Task Pacing_KeepsUnderTheServersFloodLimits_SoNo429IsEverAnswered()
    {
        var clock = new SteppingClock();
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = clock, Limits = FakeBotApiLimits.Telegram });
        await using var bot = await BotHarness.StartAsync(server, s =>
        {
            s["Telegram:Pacing:PerChatPerSecond"] = "1";
            s["Telegram:Pacing:PerGroupPerMinute"] = "20";
            s["Telegram:Pacing:GlobalPerSecond"] = "30";
        }, clock: clock);
        var sender = Sender(bot);

        var sends = Enumerable.Range(0, 5).Select(i => sender.SendAsync("-100200300", Digest, $"g{i}", CancellationToken.None))
            .Concat(Enumerable.Range(0, 3).Select(i => sender.SendAsync("1001", Digest, $"p{i}", CancellationToken.None)))
            .ToList();
        await bot.AdvanceUntilAsync(() => server.SentMessages.Count >= 8 ? server.SentMessages : null);

        Assert.All(await Task.WhenAll(sends), r => Assert.Equal(DeliveryOutcome.Sent, r.Outcome));
        Assert.DoesNotContain(server.Requests, r => r.StatusCode == 429);
        var group = server.SentTo(-100200300);
        Assert.All(group.Zip(group.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Pacing_LimitsAGroupPerMinute()
    {
        var clock = new SteppingClock();
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = clock });
        await using var bot = await BotHarness.StartAsync(server, s => s["Telegram:Pacing:PerGroupPerMinute"] = "2", clock: clock);
        var sender = Sender(bot);

        var sends = Enumerable.Range(0, 3).Select(i => sender.SendAsync("-100200300", Digest, $"g{i}", CancellationToken.None)).ToList();
        // The first two fit in the minute: they go out without the clock moving at all.
        var firstTwo = await server.WaitForMessagesAsync(-100200300, count: 2);
        Assert.Equal(firstTwo[0].At, firstTwo[1].At);
        Assert.Equal(2, server.SentMessages.Count);
        var sent = await bot.AdvanceUntilAsync(() => server.SentMessages.Count >= 3 ? server.SentMessages : null);

        await Task.WhenAll(sends);
        Assert.True(sent[2].At - sent[0].At >= TimeSpan.FromMinutes(1));
    }

    /// <summary>A fake clock whose timers fire a little before they are due, as timers on a coarse clock may.</summary>
    private sealed class EarlyTimersClock(TimeSpan early) : SteppingClock
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            base.CreateTimer(callback, state, dueTime > early ? dueTime - early : dueTime, period);
    }
}
