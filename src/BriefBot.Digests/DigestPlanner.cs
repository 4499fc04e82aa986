using BriefBot.Core.Subscriptions;

namespace BriefBot.Digests;

/// <summary>
/// Decides, for one subscription at one moment, which local day's digest comes next and when. Pure, so the
/// daylight-saving and catch-up rules are tested without a scheduler.
/// </summary>
public static class DigestPlanner
{
    /// <param name="today">The ledger row for the chat's current local date, if any.</param>
    /// <returns>The local date and instant of the next delivery; the instant is <paramref name="now"/> for a catch-up.</returns>
    public static DigestDue Next(Subscription subscription, DeliveryRecord? today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var zone = TimeZoneLookup.FindOrUtc(subscription.TimeZoneId);
        var localToday = DeliverySchedule.LocalDate(now, zone);
        var dueToday = DeliverySchedule.DueAt(localToday, subscription.TimeOfDay, zone);
        if (dueToday > now)
        {
            return new DigestDue(localToday, dueToday, CatchUp: false);
        }

        // Today's digest fell due while we were not running (or it failed for now): send it once, if it was due
        // under the subscription's current settings and nothing final is recorded for today.
        var stillOwed = dueToday >= subscription.ChangedAt && (today is null || today is { State: DeliveryState.Failed, Retryable: true });
        if (stillOwed)
        {
            return new DigestDue(localToday, now, CatchUp: true);
        }

        var (date, due) = DeliverySchedule.NextAfter(dueToday, subscription.TimeOfDay, zone);
        return new DigestDue(date, due, CatchUp: false);
    }
}

/// <param name="CatchUp">Due earlier today and not yet sent: deliver now.</param>
public sealed record DigestDue(DateOnly LocalDate, DateTimeOffset At, bool CatchUp);
