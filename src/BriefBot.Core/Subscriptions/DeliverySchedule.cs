namespace BriefBot.Core.Subscriptions;

/// <summary>
/// When a daily digest is due, in UTC, for a local time of day in an IANA zone. One instant per local date:
/// a time that does not exist that day (spring forward) moves on by the length of the gap, like a wall clock
/// that was not put forward yet (02:30 → 03:30); a time that happens twice (fall back) is taken the first time.
/// </summary>
public static class DeliverySchedule
{
    public static DateTimeOffset DueAt(DateOnly localDate, TimeOnly timeOfDay, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = localDate.ToDateTime(timeOfDay, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // Inside the gap: use the offset in force just before it, which lands the same distance past its end.
            offset = OffsetBefore(local, zone);
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local - offset, TimeSpan.Zero);
    }

    /// <summary>The chat's local date at <paramref name="utc"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, zone).DateTime);

    /// <summary>The first delivery strictly after <paramref name="afterUtc"/>, with the local date it belongs to.</summary>
    public static (DateOnly LocalDate, DateTimeOffset DueAt) NextAfter(DateTimeOffset afterUtc, TimeOnly timeOfDay, TimeZoneInfo zone)
    {
        var date = LocalDate(afterUtc, zone).AddDays(-1);
        while (true)
        {
            var due = DueAt(date, timeOfDay, zone);
            if (due > afterUtc)
            {
                return (date, due);
            }

            date = date.AddDays(1);
        }
    }

    /// <summary>The digest time as the chat reads it: "Mon 23 Nov 2026 07:30 Asia/Karachi (UTC+05:00)".</summary>
    public static string Describe(DateTimeOffset utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{local:ddd d MMM yyyy HH:mm} {zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})");
    }

    private static TimeSpan OffsetBefore(DateTime invalidLocal, TimeZoneInfo zone)
    {
        var probe = invalidLocal;
        while (zone.IsInvalidTime(probe))
        {
            probe = probe.AddMinutes(-15);
        }

        return zone.GetUtcOffset(probe);
    }
}
