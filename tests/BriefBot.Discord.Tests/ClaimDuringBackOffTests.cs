using BriefBot.Core.Delivery;
using BriefBot.Discord.Tests.Support;
using BriefBot.Testing;
using BriefBot.Testing.Discord;

namespace BriefBot.Discord.Tests;

/// <summary>
/// The Discord sender holds a digest's ledger claim only while a post may be on its way or may have arrived: it gives
/// the claim back in a wait after a 5xx or a 429 while no attempt went unanswered, and takes it again just before the
/// next attempt; once an attempt went unanswered, it keeps the claim to the end (that wait is truly in doubt).
/// </summary>
public sealed class ClaimDuringBackOffTests
{
    private const string Channel = "600000000000000042";
    private const string Key = "digest-7-20261122";
    private static readonly string Messages = $"channels/{Channel}/messages";

    [Fact]
    public async Task TheClaim_IsGivenBackInTheBackOffAfterA5xx_AndTakenAgainJustBeforeTheNextPost()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(ScriptedFailure.ServerError("POST", Messages, 503));
        var claim = new RecordingClaim(() => Posts(harness));

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Replies.Briefing("Daily digest", "Three new articles."), Key, claim, CancellationToken.None);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(0.25));
        var inTheBackOff = claim.IsHeld;
        harness.Time.Advance(TimeSpan.FromSeconds(0.25));

        Assert.Equal(DeliveryOutcome.Sent, (await sending).Outcome);
        Assert.False(inTheBackOff, "the claim was held while the sender waited after the 503");
        Assert.Equal(["take@0", "give-back@1", "take@1"], claim.Events);
        Assert.Single(harness.Server.MessagesIn(Channel));
    }

    [Fact]
    public async Task TheClaim_IsNotHeldWhileThePostWaitsOutA429()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(ScriptedFailure.RateLimited("POST", Messages, retryAfter: 20));
        var claim = new RecordingClaim(() => Posts(harness));

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Replies.Briefing("Daily digest", "Three new articles."), Key, claim, CancellationToken.None);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(20));
        var inTheWait = claim.IsHeld;
        harness.Time.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(DeliveryOutcome.Sent, (await sending).Outcome);
        Assert.False(inTheWait, "the claim was held while the post waited out retry_after");
        Assert.Equal(["take@0", "give-back@1", "take@1"], claim.Events);
    }

    [Fact]
    public async Task AfterAnUnansweredAttempt_TheClaimIsKept_ThroughTheBackOffsThatFollow()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(ScriptedFailure.NoAnswerAfterProcessing("POST", Messages));
        harness.Server.Fail(ScriptedFailure.ServerError("POST", Messages, 502));
        var claim = new RecordingClaim(() => Posts(harness));

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Replies.Briefing("Daily digest", "Three new articles."), Key, claim, CancellationToken.None);
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(0.25));
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(0.5));

        Assert.Equal(DeliveryOutcome.Sent, (await sending).Outcome);
        Assert.Equal(["take@0"], claim.Events);
        Assert.Single(harness.Server.MessagesIn(Channel));
    }

    private static int Posts(DiscordHarness harness) => harness.Server.Requests.Count(r => r.Is("POST", Messages));
}
