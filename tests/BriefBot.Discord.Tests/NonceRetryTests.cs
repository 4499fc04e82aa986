using BriefBot.Core.Delivery;
using BriefBot.Discord.Tests.Support;
using BriefBot.Testing.Discord;

namespace BriefBot.Discord.Tests;

/// <summary>
/// A digest post whose answer never comes (timeout, reset) may have been created. Discord drops a repeated nonce sent
/// with enforce_nonce for a few minutes, so the sender repeats it with back-off within its 30 s retry window, well
/// inside that, instead of leaving it to a later retry that could post it twice. Unanswered to the end, it is in doubt.
/// </summary>
public sealed class NonceRetryTests
{
    private const string Channel = "600000000000000042";

    [Fact]
    public async Task Digest_WhoseAnswerNeverCame_IsRepeatedWithTheSameNonce_AndPostedOnce()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(ScriptedFailure.NoAnswerAfterProcessing("POST", $"channels/{Channel}/messages"));

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Replies.Briefing("Daily digest", "Three new articles."), "digest-7-20261122", CancellationToken.None);
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(0.25));
        var result = await sending;

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var posts = harness.Server.Requests.Where(r => r.Is("POST", $"channels/{Channel}/messages")).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Single(posts.Select(p => p.Json.GetProperty("nonce").GetString()).Distinct());
        Assert.All(posts, p => Assert.True(p.Json.GetProperty("enforce_nonce").GetBoolean()));
        Assert.Single(harness.Server.MessagesIn(Channel));
    }

    [Fact]
    public async Task Digest_WhoseAnswerNeverCameThroughTheRetryWindow_IsReportedInDoubt_NotAsAFailureToRetryLater()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        for (var i = 0; i < 20; i++)
        {
            harness.Server.Fail(ScriptedFailure.NoAnswerAfterProcessing("POST", $"channels/{Channel}/messages"));
        }

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Replies.Briefing("Daily digest", "Three new articles."), "digest-7-20261122", CancellationToken.None);
        foreach (var backoff in new[] { 0.25, 0.5, 1, 2, 4, 8, 8 })
        {
            await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(backoff));
        }

        var result = await sending;

        Assert.Equal(DeliveryOutcome.Unknown, result.Outcome);
        var posts = harness.Server.Requests.Where(r => r.Is("POST", $"channels/{Channel}/messages")).ToList();
        Assert.Equal(8, posts.Count);
        Assert.Single(posts.Select(p => p.Json.GetProperty("nonce").GetString()).Distinct());
        Assert.Single(harness.Server.MessagesIn(Channel));
    }

    [Fact]
    public async Task FakeDiscord_HonoursEnforceNonce_LikeDiscord_ForOneAuthorInAnyChannel_OnlyForAFewMinutes()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        var sender = harness.Get<IChatSender>();
        var digest = Replies.Briefing("Daily digest", "Three new articles.");
        const string other = "600000000000000043";

        await sender.SendAsync(Channel, digest, "digest-7-20261122", CancellationToken.None);
        await sender.SendAsync(other, digest, "digest-7-20261122", CancellationToken.None);
        Assert.Single(harness.Server.MessagesIn(Channel));
        Assert.Empty(harness.Server.MessagesIn(other));

        harness.Time.Advance(harness.Server.NonceWindow);
        await sender.SendAsync(Channel, digest, "digest-7-20261122", CancellationToken.None);
        Assert.Equal(2, harness.Server.MessagesIn(Channel).Count);
    }
}
