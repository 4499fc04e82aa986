using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Telegram.Tests;

/// <summary>
/// The Telegram sender holds a digest's ledger claim only while a request may be on its way: it gives the claim back
/// in the back-off after a 5xx or a 429 (nothing was accepted) and takes it again just before the next attempt, so a
/// kill during that back-off (up to 120 s) leaves the digest due instead of in doubt. The clock is fake.
/// </summary>
public sealed class ClaimDuringBackOffTests
{
    private static readonly Reply Digest = Reply.Text(ReplyStatus.Ok, "Today's reading");

    [Fact]
    public async Task TheClaim_IsGivenBackInTheBackOffAfterA5xx_AndTakenAgainJustBeforeTheNextAttempt()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        server.Script("sendMessage", ScriptedFault.BadGateway());
        var claim = new RecordingClaim(() => server.Arrivals.Count(r => r.Method == "sendMessage"));

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", claim, CancellationToken.None);
        await bot.WaitForLogAsync("Telegram sendMessage to chat 1001 failed, retrying in");
        var inTheBackOff = claim.IsHeld;
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        Assert.Equal(DeliveryResult.Sent, await sending);
        Assert.False(inTheBackOff, "the claim was held while the sender waited after the 502");
        Assert.Equal(["take@0", "give-back@1", "take@1"], claim.Events);
        Assert.True(claim.IsHeld);
        Assert.Single(server.SentTo(1001));
    }

    [Fact]
    public async Task TheClaim_IsNotHeldWhileTheSenderWaitsOutA429_AndIsHeldForTheAttemptAfterIt()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        server.Script("sendMessage", ScriptedFault.TooManyRequests(60));
        var claim = new RecordingClaim(() => server.Arrivals.Count(r => r.Method == "sendMessage"));

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", claim, CancellationToken.None);
        await bot.WaitForLogAsync("Telegram asked us to slow down in chat 1001");
        var inTheWait = claim.IsHeld;
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        Assert.Equal(DeliveryResult.Sent, await sending);
        Assert.False(inTheWait, "the claim was held while the sender waited out retry_after");
        Assert.Equal(["take@0", "give-back@1", "take@1"], claim.Events);
    }

    [Fact]
    public async Task StoppedInTheBackOff_ThrowsWithTheClaimAlreadyGivenBack()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        server.ScriptFor("sendMessage", TimeSpan.FromHours(1), ScriptedFault.InternalError());
        var claim = new RecordingClaim(() => server.Arrivals.Count(r => r.Method == "sendMessage"));
        using var stop = new CancellationTokenSource();

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", claim, stop.Token);
        await bot.WaitForLogAsync("Telegram sendMessage to chat 1001 failed, retrying in");
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.Equal(["take@0", "give-back@1"], claim.Events);
        Assert.Empty(server.SentTo(1001));
    }

    [Fact]
    public async Task WhatTakingTheClaimAgainThrows_ReachesTheCaller_AndNothingMoreIsSent()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        server.Script("sendMessage", ScriptedFault.BadGateway());
        var claim = new ClaimedElsewhereOnRetake();

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", claim, CancellationToken.None);
        await bot.WaitForLogAsync("Telegram sendMessage to chat 1001 failed, retrying in");
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => sending);
        Assert.Equal("another run has the day", error.Message);
        Assert.Single(server.Calls("sendMessage"));
        Assert.Empty(server.SentTo(1001));
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

    // Taken once; given back in the back-off, another run claims the day before the next attempt.
    private sealed class ClaimedElsewhereOnRetake : IDeliveryClaim
    {
        private int _takes;

        public Task TakeAsync(CancellationToken cancellationToken) =>
            ++_takes == 1 ? Task.CompletedTask : throw new InvalidOperationException("another run has the day");

        public Task GiveBackAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
