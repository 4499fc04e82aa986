using BriefBot.Core.Subscriptions;

namespace BriefBot.Digests.Tests;

public sealed class DeliveryScheduleTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneLookup.FindOrUtc(id);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Asia/Karachi", 2026, 6, 1, 7, 30, 2, 30)]
    [InlineData("America/New_York", 2026, 1, 15, 7, 30, 12, 30)]
    [InlineData("America/New_York", 2026, 7, 15, 7, 30, 11, 30)]
    [InlineData("Europe/Berlin", 2026, 1, 15, 7, 30, 6, 30)]
    [InlineData("Europe/Berlin", 2026, 7, 15, 7, 30, 5, 30)]
    [InlineData("Australia/Sydney", 2026, 1, 15, 7, 30, 20, 30)]
    [InlineData("Asia/Kolkata", 2026, 1, 15, 7, 30, 2, 0)]
    public void DueAt_IsTheLocalTimeOfDayInTheChatsZone(string zone, int y, int m, int d, int hour, int minute, int utcHour, int utcMinute)
    {
        var due = DeliverySchedule.DueAt(new DateOnly(y, m, d), new TimeOnly(hour, minute), Zone(zone));

        var expectedDay = zone == "Australia/Sydney" ? d - 1 : d;
        Assert.Equal(Utc(y, m, expectedDay, utcHour, utcMinute), due);
    }

    [Theory]
    [InlineData("Europe/Berlin", 2026, 3, 29, 1, 30)] // 02:30 does not exist: 03:30 CEST
    [InlineData("America/New_York", 2026, 3, 8, 7, 30)] // 02:30 does not exist: 03:30 EDT
    public void DueAt_MovesPastTheGap_OnTheSpringForwardDay(string zone, int y, int m, int d, int utcHour, int utcMinute)
    {
        var due = DeliverySchedule.DueAt(new DateOnly(y, m, d), new TimeOnly(2, 30), Zone(zone));

        Assert.Equal(Utc(y, m, d, utcHour, utcMinute), due);
        Assert.Equal(new TimeOnly(3, 30), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, Zone(zone)).DateTime));
    }

    [Theory]
    [InlineData("Europe/Berlin", 2026, 10, 25, 2, 30, 0, 30)] // 02:30 happens at 00:30Z (CEST) and 01:30Z (CET)
    [InlineData("America/New_York", 2026, 11, 1, 1, 30, 5, 30)] // 01:30 happens at 05:30Z (EDT) and 06:30Z (EST)
    public void DueAt_TakesTheFirstOccurrence_OnTheFallBackDay(string zone, int y, int m, int d, int hour, int minute, int utcHour, int utcMinute)
    {
        var due = DeliverySchedule.DueAt(new DateOnly(y, m, d), new TimeOnly(hour, minute), Zone(zone));

        Assert.Equal(Utc(y, m, d, utcHour, utcMinute), due);
    }

    [Theory]
    [InlineData("Europe/Berlin", 2026, 3, 27, 2, 30)]
    [InlineData("Europe/Berlin", 2026, 10, 23, 2, 30)]
    [InlineData("America/New_York", 2026, 3, 6, 2, 30)]
    [InlineData("America/New_York", 2026, 10, 30, 1, 30)]
    [InlineData("Europe/Berlin", 2026, 3, 27, 0, 0)]
    [InlineData("Australia/Lord_Howe", 2026, 4, 3, 1, 45)]
    public void NextAfter_GivesExactlyOneDeliveryPerLocalDate_AcrossADaylightSavingChange(string zone, int y, int m, int d, int hour, int minute)
    {
        var tz = Zone(zone);
        var time = new TimeOnly(hour, minute);
        var cursor = DeliverySchedule.DueAt(new DateOnly(y, m, d), time, tz).AddSeconds(-1);
        var deliveries = new List<(DateOnly Date, DateTimeOffset At)>();
        for (var i = 0; i < 6; i++)
        {
            var next = DeliverySchedule.NextAfter(cursor, time, tz);
            deliveries.Add(next);
            cursor = next.DueAt;
        }

        Assert.Equal(Enumerable.Range(0, 6).Select(i => new DateOnly(y, m, d).AddDays(i)), deliveries.Select(x => x.Date));
        Assert.All(deliveries, x => Assert.Equal(x.Date, DeliverySchedule.LocalDate(x.At, tz)));
        Assert.All(deliveries.Zip(deliveries.Skip(1)), pair => Assert.InRange(pair.Second.At - pair.First.At, TimeSpan.FromHours(22), TimeSpan.FromHours(26)));
    }

    [Fact]
    public void Describe_ShowsTheChatsLocalTimeAndZone()
    {
        var text = DeliverySchedule.Describe(Utc(2026, 6, 2, 2, 30), Zone("Asia/Karachi"));

        Assert.Equal("Tue 2 Jun 2026 07:30 Asia/Karachi (UTC+05:00)", text);
    }
}
