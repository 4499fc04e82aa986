using BriefBot.Core.Delivery;
using BriefBot.Discord.Tests.Support;
using BriefBot.Testing.Discord;

namespace BriefBot.Discord.Tests;

/// <summary>
/// The Discord sender's side of the digest contract, with its 5xx/lost-answer retries (30 s, safe by the nonce): the
/// ledger's claim is made once, just before the first request leaves, and not again on a retry; what the claim throws
/// reaches the caller and nothing is sent; stopped when nothing may have been accepted it throws (the claim is given
/// back), stopped after an attempt that may have arrived it is <see cref="DeliveryOutcome.Unknown"/>.
/// </summary>
public sealed class DigestSendContractTests
{
    private const string Channel = "600000000000000042";
    private const string Key = "digest-7-20261122";
    private static readonly string Messages = $"channels/{Channel}/messages";

    [Fact]
    public async Task Claim_IsMadeOnce_JustBeforeTheFirstRequest_AndNotAgainWhenA5xxIsRetried()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(ScriptedFailure.ServerError("POST", Messages, 503));
        var claims = 0;
        var postsAtClaim = -1;

        var sending = harness.Get<IChatSender>().SendAsync(
            Channel,
            Replies.Briefing("Daily digest", "Three new articles."),
            Key,
            _ =>
            {
                claims++;
                postsAtClaim = harness.Server.Requests.Count(r => r.Is("POST", Messages));
                return Task.CompletedTask;
            },
            CancellationToken.None);
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(0.25));
        var result = await sending;

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        Assert.Equal(1, claims);
        Assert.Equal(0, postsAtClaim);
        Assert.Equal([503, 200], harness.Server.Requests.Where(r => r.Is("POST", Messages)).Select(r => r.Status));
        Assert.Single(harness.Server.MessagesIn(Channel));
    }

    [Fact]
    public async Task WhatTheClaimThrows_ReachesTheCaller_AndNothingIsSent()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Get<IChatSender>().SendAsync(
            Channel, Replies.Briefing("Daily digest", "Three new articles."), Key, _ => throw new InvalidOperationException("claimed elsewhere"), CancellationToken.None));

        Assert.Equal("claimed elsewhere", error.Message);
        Assert.DoesNotContain(harness.Server.Requests, r => r.Is("POST", Messages));
        Assert.Empty(harness.Server.MessagesIn(Channel));
    }

    [Fact]
    public async Task StoppedInTheBackoffAfterA5xx_Throws_BecauseNothingWasAccepted()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(ScriptedFailure.ServerError("POST", Messages, 503));
        using var stop = new CancellationTokenSource();

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Replies.Briefing("Daily digest", "Three new articles."), Key, stop.Token);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(0.25));
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.Equal([503], harness.Server.Requests.Where(r => r.Is("POST", Messages)).Select(r => r.Status));
        Assert.Empty(harness.Server.MessagesIn(Channel));
    }

    [Fact]
    public async Task StoppedInTheBackoffAfterAnUnansweredAttempt_IsUnknown_NotThrown()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(ScriptedFailure.NoAnswerAfterProcessing("POST", Messages));
        using var stop = new CancellationTokenSource();

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Replies.Briefing("Daily digest", "Three new articles."), Key, stop.Token);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(0.25));
        await stop.CancelAsync();
        var result = await sending;

        Assert.Equal(DeliveryOutcome.Unknown, result.Outcome);
        Assert.Single(harness.Server.Requests, r => r.Is("POST", Messages));
        Assert.Single(harness.Server.MessagesIn(Channel));
    }

    [Fact]
    public async Task AnUnansweredAttempt_ThenOnly5xxToTheEndOfTheWindow_IsUnknown_NotTransient()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(ScriptedFailure.NoAnswerAfterProcessing("POST", Messages));
        for (var i = 0; i < 20; i++)
        {
            harness.Server.Fail(ScriptedFailure.ServerError("POST", Messages, 502));
        }

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Replies.Briefing("Daily digest", "Three new articles."), Key, CancellationToken.None);
        foreach (var backoff in new[] { 0.25, 0.5, 1, 2, 4, 8, 8 })
        {
            await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(backoff));
        }

        var result = await sending;

        Assert.Equal(DeliveryOutcome.Unknown, result.Outcome);
        Assert.Equal(8, harness.Server.Requests.Count(r => r.Is("POST", Messages)));
        Assert.Single(harness.Server.MessagesIn(Channel));
    }
}
