namespace BriefBot.Core.Subscriptions;

/// <summary>
/// Finds IANA time zones by id, ignoring case ("asia/karachi" works). Only the system's list of zones (on Linux, the
/// geographic zones of tzdata's zone.tab) and UTC are accepted: pseudo-zones the system would also open, such as
/// "Factory", "localtime", "posixrules", "right/..." and "posix/...", and fixed offsets ("Etc/GMT+5", "UTC-02") are not.
/// </summary>
public static class TimeZoneLookup
{
    private static readonly Lazy<Dictionary<string, string>> IanaIdsByFoldedId = new(LoadIds);

    /// <summary>Resolves a typed IANA id from the system's list of zones, or UTC.</summary>
    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id)
            || !IanaIdsByFoldedId.Value.TryGetValue(id.Trim(), out var exact)
            || !TimeZoneInfo.TryFindSystemTimeZoneById(exact, out var found))
        {
            return false;
        }

        zone = found;
        return true;
    }

    /// <summary>
    /// The zone of a stored subscription; UTC if the system no longer knows the id (logged by callers). A zone saved
    /// before the list was enforced is still honoured as long as the system can open it.
    /// </summary>
    public static TimeZoneInfo FindOrUtc(string id) =>
        TryFind(id, out var zone) ? zone
        : !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var stored) ? stored
        : TimeZoneInfo.Utc;

    private static Dictionary<string, string> LoadIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones(skipSorting: true))
        {
            // On Windows the list holds Windows ids: take the IANA name each stands for.
            if (zone.HasIanaId)
            {
                ids.TryAdd(zone.Id, zone.Id);
            }
            else if (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) && !iana.StartsWith("Etc/GMT", StringComparison.Ordinal))
            {
                ids.TryAdd(iana, iana);
            }
        }

        ids.TryAdd("UTC", "UTC");
        ids.TryAdd("Etc/UTC", "Etc/UTC");
        return ids;
    }
}
