namespace BriefBot.Core.Subscriptions;

/// <summary>
/// Finds IANA time zones by id, ignoring case ("asia/karachi" works). Only the system's list of zones (on Linux, the
/// geographic zones of tzdata's zone.tab), their old names kept as links ("Asia/Calcutta"), and UTC are accepted: pseudo-zones the system would also open, such as
/// "Factory", "localtime", "posixrules", "right/..." and "posix/...", and fixed offsets ("Etc/GMT+5", "UTC-02") are not.
/// </summary>
public static class TimeZoneLookup
{
    private static readonly Lazy<Dictionary<string, string>> IanaIdsByFoldedId = new(LoadIds);

    /// <summary>Resolves a typed IANA id from the system's list of zones, or UTC.</summary>
    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        var typed = id.Trim();
        var exact = IanaIdsByFoldedId.Value.GetValueOrDefault(typed) ?? (IsOldGeographicName(typed) ? typed : null);
        if (exact is null || !TimeZoneInfo.TryFindSystemTimeZoneById(exact, out var found))
        {
            return false;
        }

        zone = found;
        return true;
    }

    // tzdata keeps renamed zones ("Asia/Calcutta", "Europe/Kiev") as links outside the list; people still type them.
    private static bool IsOldGeographicName(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && GeographicAreas.Contains(id[..slash]) && !id.Contains("..", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> GeographicAreas = new(StringComparer.OrdinalIgnoreCase)
    {
        "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific",
    };

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
