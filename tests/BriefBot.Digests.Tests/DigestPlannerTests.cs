using BriefBot.Core.Subscriptions;

namespace BriefBot.Digests.Tests;

public sealed class DigestPlannerTests
{
    private static readonly DateTimeOffset Created = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static Subscription Subscription(string zone = "Asia/Karachi", int hour = 7, int minute = 30, DateTimeOffset? changedAt = null) =>
        new(1, "telegram", "chat", [], new TimeOnly(hour, minute), zone, "u", Created, changedAt ?? Created, false, null);

    private static DeliveryRecord Record(DeliveryState state, bool retryable = false) =>
        new(1, new DateOnly(2026, 6, 2), state, "k", 1, retryable, Created, null, null);

    [Fact]
    public void Next_IsLaterToday_WhenTodaysTimeHasNotCome()
    {
        var due = DigestPlanner.Next(Subscription(), null, new DateTimeOffset(2026, 6, 2, 1, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DigestDue(new DateOnly(2026, 6, 2), new DateTimeOffset(2026, 6, 2, 2, 30, 0, TimeSpan.Zero), false), due);
    }

    [Fact]
    public void Next_CatchesUpNow_WhenTodaysDigestFellDueAndWasNotSent()
    {
        var now = new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero);

        var due = DigestPlanner.Next(Subscription(), null, now);

        Assert.Equal(new DigestDue(new DateOnly(2026, 6, 2), now, true), due);
    }

    [Fact]
    public void Next_CatchesUpNow_WhenTodaysDigestFailedForNow()
    {
        var now = new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero);

        var due = DigestPlanner.Next(Subscription(), Record(DeliveryState.Failed, retryable: true), now);

        Assert.True(due.CatchUp);
    }

    [Theory]
    [InlineData(DeliveryState.Sent, false)]
    [InlineData(DeliveryState.Attempted, false)]
    [InlineData(DeliveryState.Failed, false)]
    public void Next_IsTomorrow_WhenTodayIsSettledOrInProgress(DeliveryState state, bool retryable)
    {
        var due = DigestPlanner.Next(Subscription(), Record(state, retryable), new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DigestDue(new DateOnly(2026, 6, 3), new DateTimeOffset(2026, 6, 3, 2, 30, 0, TimeSpan.Zero), false), due);
    }

    [Fact]
    public void Next_DoesNotCatchUp_ADigestThatFellDueBeforeTheSubscriptionWasMade()
    {
        var subscribedAt = new DateTimeOffset(2026, 6, 2, 8, 0, 0, TimeSpan.Zero); // 13:00 in Karachi, after 07:30

        var due = DigestPlanner.Next(Subscription(changedAt: subscribedAt), null, subscribedAt.AddMinutes(5));

        Assert.False(due.CatchUp);
        Assert.Equal(new DateOnly(2026, 6, 3), due.LocalDate);
    }

    [Fact]
    public void Next_DoesNotCatchUp_AfterTheLocalDayEnded()
    {
        // Down from before 07:30 on 2 June until 00:30 on 3 June, Karachi time: 2 June's digest is not sent late.
        var now = new DateTimeOffset(2026, 6, 2, 19, 30, 0, TimeSpan.Zero);

        var due = DigestPlanner.Next(Subscription(), null, now);

        Assert.Equal(new DigestDue(new DateOnly(2026, 6, 3), new DateTimeOffset(2026, 6, 3, 2, 30, 0, TimeSpan.Zero), false), due);
    }
}
