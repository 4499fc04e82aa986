using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Core.Subscriptions;
using BriefBot.Digests.Tests.Fakes;


namespace BriefBot.Digests.Tests;

/// <summary>Quartz, SQLite and the delivery ledger together, driven by a fake clock.</summary>
public sealed class DigestSchedulingTests
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task Digests_GoOutAtEachChatsLocalTime_InSeveralZones()
    {
        await using var host = new DigestTestHost(Utc(6, 1, 0));
        await host.StartAsync();
        await host.RunAsync("subscribe", "Atlantis at 07:30 in Asia/Karachi", Contexts.Private("karachi"));
        await host.RunAsync("subscribe", "Atlantis at 07:30 in Europe/Berlin", Contexts.Private("berlin"));
        await host.RunAsync("subscribe", "Atlantis at 07:30 in America/New_York", Contexts.Private("new-york"));

        Assert.Equal(Utc(6, 1, 2, 30), await host.NextFireAsync("karachi"));
        Assert.Equal(Utc(6, 1, 5, 30), await host.NextFireAsync("berlin"));
        Assert.Equal(Utc(6, 1, 11, 30), await host.NextFireAsync("new-york"));

        foreach (var (chat, count) in new[] { ("karachi", 1), ("berlin", 2), ("new-york", 3) })
        {
            var run = await host.FireAsync(chat);
            Assert.Equal(DigestRunOutcome.Sent, run.Outcome);
            Assert.Equal(new DateOnly(2026, 6, 1), run.LocalDate);
            Assert.Equal(count, host.Sender.Sent.Count);
            Assert.Equal(chat, host.Sender.Sent[^1].ChatId);
        }

        Assert.Equal(Utc(6, 2, 2, 30), await host.NextFireAsync("karachi"));
        Assert.Equal(Utc(6, 2, 5, 30), await host.NextFireAsync("berlin"));
        Assert.Equal(Utc(6, 2, 11, 30), await host.NextFireAsync("new-york"));
    }

    [Theory]
    // Spring forward: 02:30 does not exist; the digest goes out once, at 03:30 local time.
    [InlineData("Europe/Berlin", "02:30", 3, 28, 3, 29, 1, 30, 3, 30, 0, 30)]
    [InlineData("America/New_York", "02:30", 3, 7, 3, 8, 7, 30, 3, 9, 6, 30)]
    // Fall back: the time happens twice; the digest goes out once, the first time.
    [InlineData("Europe/Berlin", "02:30", 10, 24, 10, 25, 0, 30, 10, 26, 1, 30)]
    [InlineData("America/New_York", "01:30", 10, 31, 11, 1, 5, 30, 11, 2, 6, 30)]
    public async Task Digest_GoesOutExactlyOnce_OnDaylightSavingDays(
        string zone, string time, int startMonth, int startDay, int month, int day, int utcHour, int utcMinute, int nextMonth, int nextDay, int nextHour, int nextMinute)
    {
        await using var host = new DigestTestHost(Utc(startMonth, startDay, 12));
        await host.StartAsync();
        await host.RunAsync("subscribe", $"at {time} in {zone}", Contexts.Private());
        Assert.Equal(Utc(month, day, utcHour, utcMinute), await host.NextFireAsync("chat-1"));

        var run = await host.FireAsync("chat-1");

        Assert.Equal((new DateOnly(2026, month, day), DigestRunOutcome.Sent), (run.LocalDate, run.Outcome));
        Assert.Single(host.Sender.Sent);
        // The next trigger is the next local day's, so a repeated wall-clock time cannot fire it again today.
        Assert.Equal(Utc(nextMonth, nextDay, nextHour, nextMinute), await host.NextFireAsync("chat-1"));
        var subscription = await host.SubscriptionAsync("chat-1");
        var ledger = await host.Get<IDeliveryLedger>().FindAsync(subscription!.Id, new DateOnly(2026, month, day), CancellationToken.None);
        Assert.Equal(DeliveryState.Sent, ledger!.State);
    }

    [Fact]
    public async Task Digest_ThatFellDueWhileDown_IsSentOnceOnStart_AndNotAgainAfterAnotherRestart()
    {
        await using var host = new DigestTestHost(Utc(6, 1, 6));
        await host.StartAsync();
        await host.RunAsync("subscribe", "Atlantis at 08:00 in UTC", Contexts.Private());
        await host.StopAsync();

        host.Time.SetUtcNow(Utc(6, 1, 9, 30));
        await host.StartAsync();
        var caughtUp = await host.Runs.NextAsync();

        Assert.Equal((new DateOnly(2026, 6, 1), DigestRunOutcome.Sent), (caughtUp.LocalDate, caughtUp.Outcome));
        Assert.Single(host.Sender.Sent);
        Assert.Equal(Utc(6, 2, 8), await host.NextFireAsync("chat-1"));

        host.Time.SetUtcNow(Utc(6, 1, 10));
        await host.RestartAsync();

        Assert.Single(host.Sender.Sent);
        Assert.Equal(Utc(6, 2, 8), await host.NextFireAsync("chat-1"));
        Assert.False(host.Runs.TryTake(out _));
    }

    [Fact]
    public async Task Digest_ThatFellDueOnAnEarlierLocalDay_IsNotSentLate()
    {
        await using var host = new DigestTestHost(Utc(6, 1, 6));
        await host.StartAsync();
        await host.RunAsync("subscribe", "at 08:00 in UTC", Contexts.Private());
        await host.StopAsync();

        host.Time.SetUtcNow(Utc(6, 2, 7));
        await host.StartAsync();

        Assert.Empty(host.Sender.Sent);
        Assert.Equal(Utc(6, 2, 8), await host.NextFireAsync("chat-1"));
        var run = await host.FireAsync("chat-1");
        Assert.Equal(new DateOnly(2026, 6, 2), run.LocalDate);
        Assert.Single(host.Sender.Sent);
    }

    [Fact]
    public async Task CrashBetweenAttemptAndOutcome_IsNotResentOnTelegram_SoNoDuplicate()
    {
        await using var host = new DigestTestHost(Utc(6, 1, 6));
        await host.StartAsync();
        await host.RunAsync("subscribe", "at 08:00 in UTC", Contexts.Private());
        var subscription = await host.SubscriptionAsync("chat-1");
        // What a process killed mid-send leaves behind: the attempt recorded, no outcome.
        host.Time.SetUtcNow(Utc(6, 1, 7, 59));
        await host.Get<IDeliveryLedger>().TryBeginAsync(subscription!.Id, new DateOnly(2026, 6, 1), DigestDeliverer.IdempotencyKey(subscription.Id, new DateOnly(2026, 6, 1)), host.Time.GetUtcNow(), CancellationToken.None);
        await host.StopAsync();

        host.Time.SetUtcNow(Utc(6, 1, 8, 10));
        await host.StartAsync();

        Assert.Empty(host.Sender.Sent);
        var record = await host.Get<IDeliveryLedger>().FindAsync(subscription.Id, new DateOnly(2026, 6, 1), CancellationToken.None);
        Assert.Equal(DeliveryState.Unknown, record!.State);
        Assert.Contains("interrupted", record.Detail, StringComparison.Ordinal);
        Assert.Equal(Utc(6, 2, 8), await host.NextFireAsync("chat-1"));
        Assert.Empty(await host.Get<IDeliveryLedger>().ListInDoubtAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 0)]
    public async Task CrashBetweenAttemptAndOutcome_IsResentWithTheSameKey_OnlyWithinThePlatformsDeduplicationWindow(int minutesDown, int expectedSends)
    {
        var discord = new DeduplicatingChatSender(TimeSpan.FromMinutes(2));
        await using var host = new DigestTestHost(Utc(6, 1, 6), null, discord);
        await host.StartAsync();
        await host.RunAsync("subscribe", "at 08:00 in UTC", Contexts.Private("channel-9", "discord"));
        var subscription = await host.SubscriptionAsync("channel-9", "discord");
        var date = new DateOnly(2026, 6, 1);
        host.Time.SetUtcNow(Utc(6, 1, 7, 59));
        await host.Get<IDeliveryLedger>().TryBeginAsync(subscription!.Id, date, DigestDeliverer.IdempotencyKey(subscription.Id, date), host.Time.GetUtcNow(), CancellationToken.None);
        await host.StopAsync();

        host.Time.Advance(TimeSpan.FromMinutes(minutesDown));
        await host.StartAsync();

        Assert.Equal(expectedSends, discord.Sent.Count);
        Assert.All(discord.Sent, m => Assert.Equal(DigestDeliverer.IdempotencyKey(subscription.Id, date), m.IdempotencyKey));
        var record = await host.Get<IDeliveryLedger>().FindAsync(subscription.Id, date, CancellationToken.None);
        Assert.Equal(expectedSends == 1 ? DeliveryState.Sent : DeliveryState.Unknown, record!.State);
    }

    [Fact]
    public async Task ForbiddenChat_IsPausedWithoutHoldingUpOthers()
    {
        await using var host = new DigestTestHost(Utc(6, 1, 6));
        await host.StartAsync();
        await host.RunAsync("subscribe", "at 08:00 in UTC", Contexts.Private("kicked"));
        await host.RunAsync("subscribe", "at 08:00 in UTC", Contexts.Private("fine"));
        host.Sender.Answer("kicked", new DeliveryResult(DeliveryOutcome.Forbidden, "403: bot was kicked"));

        host.Time.SetUtcNow(Utc(6, 1, 8));
        var outcomes = new[] { await host.Runs.NextAsync(), await host.Runs.NextAsync() }.Select(r => r.Outcome).Order().ToList();

        Assert.Equal([DigestRunOutcome.Sent, DigestRunOutcome.Paused], outcomes);
        Assert.Contains(host.Sender.Sent, m => m.ChatId == "fine" && m.Outcome == DeliveryOutcome.Sent);
        var kicked = await host.SubscriptionAsync("kicked");
        Assert.True(kicked!.IsPaused);
        Assert.Contains("bot was kicked", kicked.PausedReason, StringComparison.Ordinal);
        Assert.Null(await host.NextFireAsync("kicked"));
        Assert.Equal(Utc(6, 2, 8), await host.NextFireAsync("fine"));
        var shown = FlatText.Of(await host.RunAsync("subscriptions", "", Contexts.Private("kicked")));
        Assert.Contains("Paused", shown, StringComparison.Ordinal);

        await host.RestartAsync();
        Assert.Null(await host.NextFireAsync("kicked"));
    }

    [Fact]
    public async Task TransientFailure_IsRetriedLaterTheSameDay_AndSentOnce()
    {
        await using var host = new DigestTestHost(Utc(6, 1, 6));
        await host.StartAsync();
        await host.RunAsync("subscribe", "at 08:00 in UTC", Contexts.Private());
        host.Sender.Answer("chat-1", new DeliveryResult(DeliveryOutcome.Transient, "502 Bad Gateway"));

        var first = await host.FireAsync("chat-1");
        Assert.Equal(DigestRunOutcome.RetryLater, first.Outcome);
        Assert.Equal(Utc(6, 1, 8, 10), await host.NextFireAsync("chat-1"));

        // Rebuilding the triggers (the periodic resync, or a restart) keeps the retry's delay.
        await host.RestartAsync();
        Assert.Equal(Utc(6, 1, 8, 10), await host.NextFireAsync("chat-1"));

        host.Sender.Answer("chat-1", DeliveryResult.Sent);
        var second = await host.FireAsync("chat-1");

        Assert.Equal((new DateOnly(2026, 6, 1), DigestRunOutcome.Sent), (second.LocalDate, second.Outcome));
        Assert.Equal([DeliveryOutcome.Transient, DeliveryOutcome.Sent], host.Sender.Sent.Select(m => m.Outcome));
        Assert.Single(host.Sender.Sent.Select(m => m.IdempotencyKey).Distinct());
        Assert.Equal(Utc(6, 2, 8), await host.NextFireAsync("chat-1"));
    }

    [Fact]
    public async Task DailyDigests_RotateThroughTheReadingsWithoutRepeats()
    {
        await using var host = new DigestTestHost(Utc(6, 1, 6));
        await host.StartAsync();
        await host.RunAsync("subscribe", "Atlantis at 08:00 in UTC", Contexts.Private());

        await host.FireAsync("chat-1");
        await host.FireAsync("chat-1");

        var day1 = Titles(host.Sender.Sent[0].Reply);
        var day2 = Titles(host.Sender.Sent[1].Reply);
        Assert.Equal(3, day1.Count);
        Assert.Empty(day2.Take(2).Intersect(day1));
        Assert.Equal(5, day1.Concat(day2).Distinct().Count());
        Assert.Contains("rotation starts again", FlatText.Of(host.Sender.Sent[1].Reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchedulingOff_LeavesCommandsWorking_AndSchedulesNothing()
    {
        await using var host = new DigestTestHost(Utc(6, 1, 6), new() { ["Digest:Scheduling"] = "false" });
        await host.StartAsync();

        var reply = await host.RunAsync("subscribe", "Atlantis at 07:30 in Asia/Karachi", Contexts.Private());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Null(host.Services.GetService(typeof(DigestTriggers)));
        Assert.NotNull(await host.SubscriptionAsync("chat-1"));
    }

    private static List<string> Titles(Reply reply) =>
        reply.Body.OfType<BulletList>().SelectMany(l => l.Items).Select(item => item.Single(s => s.Style == SpanStyle.Bold).Text).ToList();
}
