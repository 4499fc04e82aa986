namespace BriefBot.Core.Subscriptions;

/// <summary>Finds IANA time zones by id, ignoring case ("asia/karachi" works), and never accepts fixed offsets.</summary>
public static class TimeZoneLookup
{
    private static readonly Lazy<Dictionary<string, string>> IanaIdsByFoldedId = new(LoadIds);

    /// <summary>Resolves an IANA id (or a Windows id, turned into its IANA equivalent).</summary>
    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        var candidate = id.Trim();
        if (IanaIdsByFoldedId.Value.TryGetValue(candidate, out var exact))
        {
            candidate = exact;
        }
        else if (TimeZoneInfo.TryConvertWindowsIdToIanaId(candidate, out var iana))
        {
            candidate = iana;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var found))
        {
            return false;
        }

        zone = found.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(found.Id, out var ianaId)
            ? found
            : TimeZoneInfo.FindSystemTimeZoneById(ianaId);
        return true;
    }

    /// <summary>The zone of a stored subscription; UTC if the system no longer knows the id (logged by callers).</summary>
    public static TimeZoneInfo FindOrUtc(string id) => TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static Dictionary<string, string> LoadIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            ids.TryAdd(zone.Id, zone.Id);
        }

        ids.TryAdd("UTC", "UTC");
        ids.TryAdd("Etc/UTC", "Etc/UTC");
        return ids;
    }
}
