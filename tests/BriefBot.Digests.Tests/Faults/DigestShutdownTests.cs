using System.Diagnostics;
using BriefBot.Core.Subscriptions;
using BriefBot.Testing.Telegram;
using Xunit.Abstractions;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>
/// SIGTERM (the host's graceful stop) in the middle of a digest fan-out: the host stops within 10 s, and every chat
/// whose digest was not accepted gets it once after the restart. The fake clock never moves, so a send waiting for
/// its pacing turn or for a 429's retry_after would wait for ever unless the stop cancels it.
/// </summary>
public sealed class DigestShutdownTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Sigterm_DuringA429Flood_StopsWithinTenSeconds_AndEveryChatGetsItsDigestOnceAfterTheRestart()
    {
        await using var bot = await BotOnFakeTelegram.CreateAsync();
        var chats = await bot.SubscribeChatsAsync(20);
        // Quartz runs ten digests at once: each meets a 429 and waits out a retry_after the fake clock never reaches.
        bot.Telegram.Script("sendMessage", ScriptedFault.TooManyRequests(30), times: 10);
        await bot.StartAsync();
        await bot.Telegram.WaitForAsync(
            () => bot.Telegram.Calls("sendMessage").Count(r => r.StatusCode == 429) >= 10 ? "" : null, TimeSpan.FromSeconds(30), "ten 429s were not answered");

        var stopping = Stopwatch.StartNew();
        await bot.StopAsync().WaitAsync(TimeSpan.FromSeconds(45));
        output.WriteLine($"stopped in {stopping.Elapsed.TotalMilliseconds:F0} ms");
        Assert.InRange(stopping.Elapsed, TimeSpan.Zero, StopWithin);
        Assert.Equal(0, chats.Sum(bot.DigestsReceivedBy));

        bot.ForgetRuns();
        await bot.StartAsync();
        await bot.WaitForSettledRunsAsync(chats.Count);

        Assert.All(chats, chat => Assert.Equal(1, bot.DigestsReceivedBy(chat)));
        Assert.All(await bot.LedgerAsync(), row => Assert.Equal(DeliveryState.Sent, row.State));
    }

    [Fact]
    public async Task Sigterm_DuringAFanOut_StopsWithinTenSeconds_AndTheRestGetTheirDigestOnceAfterTheRestart()
    {
        // 30 a second overall: the first 30 digests go, the 31st waits for a second the fake clock never reaches.
        await using var bot = await BotOnFakeTelegram.CreateAsync();
        var chats = await bot.SubscribeChatsAsync(45);
        await bot.StartAsync();
        await bot.WaitForDigestsAsync(30);

        var stopping = Stopwatch.StartNew();
        await bot.StopAsync().WaitAsync(TimeSpan.FromSeconds(45));
        output.WriteLine($"stopped in {stopping.Elapsed.TotalMilliseconds:F0} ms");
        Assert.InRange(stopping.Elapsed, TimeSpan.Zero, StopWithin);
        Assert.Equal(30, chats.Sum(bot.DigestsReceivedBy));

        bot.ForgetRuns();
        await bot.StartAsync();
        await bot.WaitForSettledRunsAsync(chats.Count - 30);

        Assert.All(chats, chat => Assert.Equal(1, bot.DigestsReceivedBy(chat)));
        Assert.All(await bot.LedgerAsync(), row => Assert.Equal(DeliveryState.Sent, row.State));
    }
}
