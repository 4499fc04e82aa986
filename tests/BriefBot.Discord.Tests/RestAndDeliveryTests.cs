using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Discord.Tests.Support;
using BriefBot.Testing.Discord;

namespace BriefBot.Discord.Tests;

public sealed class RestAndDeliveryTests
{
    private const string Channel = "600000000000000042";

    private static Task<DiscordHarness> StartWithoutGatewayAsync() => DiscordHarness.StartAsync(start: false);

    [Fact]
    public async Task Send_PostsWithNonceAndEnforceNonce()
    {
        await using var harness = await StartWithoutGatewayAsync();

        var result = await harness.Get<IChatSender>().SendAsync(Channel, Replies.Briefing("Daily digest", "Three new articles."), "digest:2026-11-22:chat", CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var post = Assert.Single(harness.Server.Requests, r => r.Is("POST", $"channels/{Channel}/messages"));
        Assert.Equal("Bot " + DiscordHarness.Token, post.Authorization);
        Assert.True(post.Json.GetProperty("enforce_nonce").GetBoolean());
        Assert.InRange(post.Json.GetProperty("nonce").GetString()!.Length, 1, 25);
        Assert.Equal("discord", harness.Get<IChatSender>().Platform);
    }

    [Fact]
    public async Task Digest_PostedExactlyOnce_WhenTheAnswerIsLostAndTheSendRetried()
    {
        await using var harness = await StartWithoutGatewayAsync();
        harness.Server.Fail(ScriptedFailure.ServerErrorAfterProcessing("POST", $"channels/{Channel}/messages"));
        harness.Server.Fail(ScriptedFailure.ServerErrorAfterProcessing("POST", $"channels/{Channel}/messages"));
        var sender = harness.Get<IChatSender>();
        var digest = Replies.Briefing("Daily digest", "Three new articles.");

        var first = sender.SendAsync(Channel, digest, "digest:2026-11-22:chat", CancellationToken.None);
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(0.25));
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(0.5));
        var again = await sender.SendAsync(Channel, digest, "digest:2026-11-22:chat", CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, (await first).Outcome);
        Assert.Equal(DeliveryOutcome.Sent, again.Outcome);
        var posts = harness.Server.Requests.Where(r => r.Is("POST", $"channels/{Channel}/messages")).ToList();
        Assert.Equal([502, 502, 200, 200], posts.Select(p => p.Status));
        Assert.Single(posts.Select(p => p.Json.GetProperty("nonce").GetString()).Distinct());
        Assert.Single(harness.Server.MessagesIn(Channel));
    }

    [Fact]
    public async Task Digest_DifferentKeys_PostTwice()
    {
        await using var harness = await StartWithoutGatewayAsync();
        var sender = harness.Get<IChatSender>();

        await sender.SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "one"), "digest:2026-11-22:chat", CancellationToken.None);
        await sender.SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "two"), "digest:2026-11-23:chat", CancellationToken.None);

        Assert.Equal(2, harness.Server.MessagesIn(Channel).Count);
    }

    [Fact]
    public async Task Send_ReturnsForbidden_On403()
    {
        await using var harness = await StartWithoutGatewayAsync();
        harness.Server.Fail(ScriptedFailure.Forbidden("POST", $"channels/{Channel}/messages"));

        var result = await harness.Get<IChatSender>().SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "hi"), "k", CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Forbidden, result.Outcome);
        Assert.Contains("Missing Access", result.Detail, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests, r => r.Is("POST", "channels/"));
    }

    [Fact]
    public async Task Send_WaitsRetryAfter_On429_ThenSucceeds()
    {
        await using var harness = await StartWithoutGatewayAsync();
        harness.Server.Fail(ScriptedFailure.RateLimited("POST", $"channels/{Channel}/messages", retryAfter: 1.5));

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "hi"), "k", CancellationToken.None);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1.5));
        Assert.Single(harness.Server.Requests, r => r.Is("POST", "channels/"));
        Assert.False(sending.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(1.5));
        var result = await sending;

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        Assert.Equal([429, 200], harness.Server.Requests.Where(r => r.Is("POST", "channels/")).Select(r => r.Status));
        Assert.Single(harness.Server.MessagesIn(Channel));
    }

    [Fact]
    public async Task GlobalRateLimit_HoldsEveryRoute_UntilRetryAfter()
    {
        await using var harness = await StartWithoutGatewayAsync();
        const string other = "600000000000000043";
        harness.Server.Fail(ScriptedFailure.RateLimited("POST", $"channels/{Channel}/messages", retryAfter: 3, global: true));
        var sender = harness.Get<IChatSender>();

        var first = sender.SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "one"), "a", CancellationToken.None);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        var second = sender.SendAsync(other, Reply.Text(ReplyStatus.Ok, "two"), "b", CancellationToken.None);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        Assert.Single(harness.Server.Requests);
        harness.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(DeliveryOutcome.Sent, (await first).Outcome);
        Assert.Equal(DeliveryOutcome.Sent, (await second).Outcome);
        Assert.Equal(3, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task BucketHeaders_AreHonoured_SoTheLimitIsNeverExceeded()
    {
        await using var harness = await StartWithoutGatewayAsync();
        harness.Server.LimitRoute("POST", $"channels/{Channel}/messages", limit: 2, resetAfter: TimeSpan.FromSeconds(5));
        var sender = harness.Get<IChatSender>();

        await sender.SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "one"), "1", CancellationToken.None);
        await sender.SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "two"), "2", CancellationToken.None);
        var third = sender.SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "three"), "3", CancellationToken.None);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        Assert.False(third.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(DeliveryOutcome.Sent, (await third).Outcome);
        Assert.Equal(0, harness.Server.RateLimitViolations);
        Assert.Equal(3, harness.Server.MessagesIn(Channel).Count);
    }

    [Fact]
    public async Task Unauthorized_StopsTheTransport_AndNoFurtherRequestsAreSent()
    {
        await using var harness = await StartWithoutGatewayAsync();
        harness.Server.Fail(ScriptedFailure.Unauthorized("POST", "channels/"));
        var sender = harness.Get<IChatSender>();

        var first = await sender.SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "one"), "1", CancellationToken.None);
        var second = await sender.SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "two"), "2", CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Transient, first.Outcome);
        Assert.Equal(DeliveryOutcome.Transient, second.Outcome);
        Assert.Contains("stopped", second.Detail, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("401", StringComparison.Ordinal) && l.Contains("Discord:Token", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains(DiscordHarness.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unauthorized_AtStartUp_StopsTheGatewayToo()
    {
        await using var harness = await DiscordHarness.StartAsync((s, _) => s["Discord:Token"] = "wrong-token");

        await harness.Logs.WaitForAsync("Discord transport stopped");

        // Registration and the gateway start side by side; both hear 401 and nothing is tried again.
        await harness.Host.StopAsync();
        Assert.InRange(harness.Server.Requests.Count, 1, 2);
        Assert.All(harness.Server.Requests, r => Assert.Equal(401, r.Status));
        Assert.InRange(harness.Server.Requests.Count(r => r.Is("PUT", "applications/")), 0, 1);
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains("wrong-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LongDigest_IsSplitIntoSeveralValidMessages_EachWithItsOwnNonce()
    {
        await using var harness = await StartWithoutGatewayAsync();
        var sections = Enumerable.Range(1, 40)
            .Select(i => Replies.Section($"Section {i}", Enumerable.Range(1, 12).Select(j => $"Point {j} of section {i}, with some detail to make it longer").ToArray()))
            .ToArray();
        var digest = Replies.Briefing("Weekly digest", string.Join(' ', Enumerable.Repeat("Summary sentence.", 400)), sections);

        var result = await harness.Get<IChatSender>().SendAsync(Channel, digest, "weekly", CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var posts = harness.Server.Requests.Where(r => r.Is("POST", "channels/")).ToList();
        Assert.True(posts.Count > 1);
        Assert.All(posts, p => Assert.Equal(200, p.Status));
        Assert.Equal(posts.Count, posts.Select(p => p.Json.GetProperty("nonce").GetString()).Distinct().Count());
        var fields = harness.Server.MessagesIn(Channel)
            .SelectMany(m => m.GetProperty("embeds").EnumerateArray())
            .SelectMany(e => e.TryGetProperty("fields", out var f) ? f.EnumerateArray() : Enumerable.Empty<System.Text.Json.JsonElement>())
            .Select(f => f.GetProperty("name").GetString())
            .ToList();
        Assert.Contains("Section 1", fields);
        Assert.Contains("Section 40", fields);
    }

    [Fact]
    public async Task Send_RefusesSomethingThatIsNotAChannelId()
    {
        await using var harness = await StartWithoutGatewayAsync();

        var result = await harness.Get<IChatSender>().SendAsync("general", Reply.Text(ReplyStatus.Ok, "hi"), "k", CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Forbidden, result.Outcome);
        Assert.Empty(harness.Server.Requests);
    }
}
