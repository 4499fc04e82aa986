using System.Globalization;
using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Discord.Tests.Support;
using BriefBot.Testing.Discord;

namespace BriefBot.Discord.Tests;

/// <summary>REST faults: bursts of 5xx, and Discord's global limit of 50 requests a second.</summary>
public sealed class RestFaultTests
{
    private const string Channel = "600000000000000042";

    [Fact]
    public async Task Digest_ThroughABurstOf5xx_IsRetriedWithBackoff_AndPostedOnce()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(ScriptedFailure.ServerErrorAfterProcessing("POST", $"channels/{Channel}/messages"));
        harness.Server.Fail(ScriptedFailure.ServerError("POST", $"channels/{Channel}/messages", 503));
        harness.Server.Fail(ScriptedFailure.ServerError("POST", $"channels/{Channel}/messages", 500));
        harness.Server.Fail(ScriptedFailure.ServerErrorAfterProcessing("POST", $"channels/{Channel}/messages"));

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Replies.Briefing("Daily digest", "Three new articles."), "digest:2026-11-22:chat", CancellationToken.None);
        foreach (var backoff in new[] { 0.25, 0.5, 1, 2 })
        {
            await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(backoff));
        }

        var result = await sending;

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var posts = harness.Server.Requests.Where(r => r.Is("POST", $"channels/{Channel}/messages")).ToList();
        Assert.Equal([502, 503, 500, 502, 200], posts.Select(p => p.Status));
        Assert.Single(posts.Select(p => p.Json.GetProperty("nonce").GetString()).Distinct());
        Assert.Single(harness.Server.MessagesIn(Channel));
    }

    [Fact]
    public async Task Digest_WhenDiscordFailsPastTheDeadline_IsGivenUp_AsTransient_AndLogged()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        for (var i = 0; i < 20; i++)
        {
            harness.Server.Fail(ScriptedFailure.ServerError("POST", $"channels/{Channel}/messages", 502));
        }

        var sending = harness.Get<IChatSender>().SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "digest"), "digest:2026-11-22:chat", CancellationToken.None);
        foreach (var backoff in new[] { 0.25, 0.5, 1, 2, 4, 8, 8 })
        {
            await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(backoff));
        }

        var result = await sending;

        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(8, harness.Server.Requests.Count(r => r.Is("POST", "channels/")));
        Assert.Empty(harness.Server.MessagesIn(Channel));
        Assert.Contains(harness.Logs.Lines, l => l.Contains("Discord did not take part", StringComparison.Ordinal) && l.Contains("502", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InteractionAnswer_IsRetried_WhenDiscordAnswers5xx()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "I answer briefings."));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();
        harness.Server.Fail(ScriptedFailure.ServerError("POST", "interactions/300000000000000020/", 503));

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000020", "help"));
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000020/");
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(0.25));
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000020/", 2);

        Assert.Equal([503, 204], harness.Server.Requests.Where(r => r.Is("POST", "interactions/")).Select(r => r.Status));
    }

    [Fact]
    public async Task InteractionAnswer_WhoseSuccessWasLostOnTheWayBack_IsNotReportedAsRefused()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "I answer briefings."));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();
        harness.Server.Fail(ScriptedFailure.ServerErrorAfterProcessing("POST", "interactions/300000000000000021/"));

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000021", "help"));
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000021/");
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(0.25));
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000021/", 2);
        await harness.Logs.WaitForAsync("Command handled: platform=discord");

        Assert.Equal([502, 400], harness.Server.Requests.Where(r => r.Is("POST", "interactions/")).Select(r => r.Status));
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains("Discord refused the answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FanOutToOneHundredTwentyChannels_StaysUnderTheGlobalLimit_OnTheBotsClock()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        var sender = harness.Get<IChatSender>();

        var sends = Enumerable.Range(0, 120)
            .Select(i => sender.SendAsync(ChannelNumber(i), Reply.Text(ReplyStatus.Ok, "digest"), "digest:" + i, CancellationToken.None))
            .ToList();
        await WaitForCreatedAsync(harness, 50);
        await DrainOneSecondAtATimeAsync(harness, created: 50, total: 120);
        var results = await Task.WhenAll(sends);

        Assert.All(results, r => Assert.Equal(DeliveryOutcome.Sent, r.Outcome));
        Assert.Equal(0, harness.Server.GlobalRateLimitViolations);
        Assert.Equal(120, harness.Server.Requests.Count(r => r.Is("POST", "channels/")));
    }

    [Fact]
    public async Task InteractionAnswer_IsNotQueuedBehindAFanOut_InTheGlobalLimit()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "I answer briefings."));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();
        await harness.Logs.WaitForAsync("Registered");
        var budget = 50 - harness.Server.Requests.Count;
        var sender = harness.Get<IChatSender>();

        var sends = Enumerable.Range(0, 120)
            .Select(i => sender.SendAsync(ChannelNumber(i), Reply.Text(ReplyStatus.Ok, "digest"), "digest:" + i, CancellationToken.None))
            .ToList();
        await WaitForCreatedAsync(harness, budget);
        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000022", "help"));
        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000022/");
        var postsBeforeTheAnswer = harness.Server.Requests.TakeWhile(r => r != callback).Count(r => r.Is("POST", "channels/"));
        await DrainOneSecondAtATimeAsync(harness, created: budget, total: 120);
        await Task.WhenAll(sends);

        Assert.Equal(204, callback.Status);
        Assert.Equal(budget, postsBeforeTheAnswer);
        Assert.Equal(0, harness.Server.GlobalRateLimitViolations);
    }

    [Fact]
    public async Task GlobalRateLimit_DoesNotHoldInteractionAnswers()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "I answer briefings."));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();
        harness.Server.Fail(ScriptedFailure.RateLimited("POST", $"channels/{Channel}/messages", retryAfter: 45, global: true));

        var digest = harness.Get<IChatSender>().SendAsync(Channel, Reply.Text(ReplyStatus.Ok, "digest"), "digest", CancellationToken.None);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(45));
        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000023", "help"));
        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000023/");
        Assert.False(digest.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(45));

        Assert.Equal(204, callback.Status);
        Assert.Equal(DeliveryOutcome.Sent, (await digest).Outcome);
    }

    private static string ChannelNumber(int i) => (600000000000001000L + i).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Moves the clock a second at a time, each time only once every send still to go has armed its wait (a
    /// second, as the window is full), so none arms it after the clock has moved past it.
    /// </summary>
    private static async Task DrainOneSecondAtATimeAsync(DiscordHarness harness, int created, int total)
    {
        while (created < total)
        {
            for (var waiting = 0; waiting < total - created; waiting++)
            {
                await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
            }

            harness.Time.Advance(TimeSpan.FromSeconds(1));
            created = Math.Min(total, created + 50);
            await WaitForCreatedAsync(harness, created);
        }
    }

    private static Task<RecordedRequest> WaitForCreatedAsync(DiscordHarness harness, int count)
    {
        var seen = 0;
        return harness.Server.WaitForRequestAsync(r => r.Is("POST", "channels/") && r.Status == 200 && ++seen == count);
    }
}
