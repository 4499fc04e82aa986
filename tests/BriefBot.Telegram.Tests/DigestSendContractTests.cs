using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Telegram.Sending;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Telegram.Tests;

/// <summary>
/// What the digest ledger relies on from the Telegram sender, with the sender's retries in place: the claim callback
/// runs once, at the message's turn, before any request, and what it throws reaches the caller; stopped with nothing
/// accepted, the send throws a cancellation; stopped while a request is on its way, it waits the grace, then reports
/// <see cref="DeliveryOutcome.Unknown"/>. The clock is fake.
/// </summary>
public sealed class DigestSendContractTests
{
    private static readonly Reply Digest = Reply.Text(ReplyStatus.Ok, "Today's reading");

    [Fact]
    public async Task TheClaim_IsMadeOnce_BeforeTheFirstRequest_AndNotAgainWhenA5xxIsRetried()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        server.Script("sendMessage", ScriptedFault.BadGateway());
        var claims = new List<int>();

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", _ => Claim(claims, server), CancellationToken.None);
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        Assert.Equal(DeliveryResult.Sent, await sending);
        Assert.Equal([0], claims);
        Assert.Equal(2, server.Calls("sendMessage").Count);
        Assert.Single(server.SentTo(1001));
    }

    [Fact]
    public async Task WhatTheClaimThrows_ReachesTheCaller_NotCountedAsASendFailure_AndNothingIsSent()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        var sender = Sender(bot);

        // An IOException from the send itself would read as "outcome unknown"; from the claim it must not be read at all.
        await Assert.ThrowsAsync<IOException>(() => sender.SendAsync("1001", Digest, "digest:1", _ => throw new IOException("claimed by another run"), CancellationToken.None));

        Assert.DoesNotContain(server.Arrivals, r => r.Method == "sendMessage");
        // The chat's lane and turn were given back: the next message goes.
        var next = sender.SendAsync("1001", Digest, "digest:2", CancellationToken.None);
        await bot.AdvanceUntilAsync(() => next.IsCompleted ? next : null);
        Assert.Equal(DeliveryResult.Sent, await next);
        Assert.Single(server.SentTo(1001));
    }

    [Fact]
    public async Task StoppedDuringTheBackOffAfterA5xx_ThrowsACancellation_AndNothingIsSent()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        server.ScriptFor("sendMessage", TimeSpan.FromHours(1), ScriptedFault.InternalError());
        using var stop = new CancellationTokenSource();
        var claims = new List<int>();

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", _ => Claim(claims, server), stop.Token);
        // The clock does not move, so the sender waits in its back-off after the first 500.
        await bot.WaitForLogAsync("Telegram sendMessage to chat 1001 failed, retrying in");
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.Equal([0], claims);
        Assert.Single(server.Calls("sendMessage"));
        Assert.Empty(server.SentTo(1001));
    }

    [Fact]
    public async Task StoppedWhileTheRequestIsOnItsWay_WaitsTheGrace_ThenIsUnknown_NotACancellation()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        using var hold = server.HoldSendsTo(1001, acceptFirst: true, times: 1);
        using var stop = new CancellationTokenSource();

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", _ => Task.CompletedTask, stop.Token);
        await server.WaitForArrivalAsync(r => r.Method == "sendMessage");
        await stop.CancelAsync();
        var stopped = bot.Clock.GetUtcNow();
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        var result = await sending;
        Assert.Equal(DeliveryOutcome.Unknown, result.Outcome);
        Assert.Contains("stopped while the request was on its way", result.Detail, StringComparison.Ordinal);
        Assert.True(bot.Clock.GetUtcNow() - stopped >= TelegramChatSender.InFlightGrace, "gave up before the grace had passed");
        Assert.Single(server.SentTo(1001));
        Assert.Single(server.Arrivals, r => r.Method == "sendMessage");
    }

    [Fact]
    public async Task StoppedWhileTheRequestIsOnItsWay_IsSent_WhenTheAnswerComesWithinTheGrace()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        using var hold = server.HoldSendsTo(1001, acceptFirst: true, times: 1);
        using var stop = new CancellationTokenSource();

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", _ => Task.CompletedTask, stop.Token);
        await server.WaitForArrivalAsync(r => r.Method == "sendMessage");
        await stop.CancelAsync();
        hold.Release();

        Assert.Equal(DeliveryResult.Sent, await sending.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(server.SentTo(1001));
    }

    // Records how many sendMessage requests had arrived when the claim was made.
    private static Task Claim(List<int> claims, FakeBotApiServer server)
    {
        claims.Add(server.Arrivals.Count(r => r.Method == "sendMessage"));
        return Task.CompletedTask;
    }

    private static IChatSender Sender(BotHarness bot) =>
        bot.Sender;

    private static async Task<(FakeBotApiServer Server, BotHarness Bot)> StartAsync()
    {
        var clock = new SteppingClock();
        var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = clock });
        var bot = await BotHarness.StartAsync(server, clock: clock);
        await server.WaitForArrivalAsync(r => r.Method == "getUpdates");
        return (server, bot);
    }
}
