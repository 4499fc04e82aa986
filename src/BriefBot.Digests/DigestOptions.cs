using System.ComponentModel.DataAnnotations;

namespace BriefBot.Digests;

/// <summary>Configuration section "Digest".</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>HH:MM used when <c>/subscribe</c> names no time.</summary>
    [TimeOfDay(ErrorMessage = "Digest:DefaultTime \"{0}\" is not a 24-hour HH:MM time, e.g. 08:00.")]
    public string DefaultTime { get; set; } = "08:00";

    /// <summary>IANA zone used when <c>/subscribe</c> names none.</summary>
    [IanaTimeZone(ErrorMessage = "Digest:DefaultTimeZone \"{0}\" is not a known IANA time zone, e.g. Europe/Berlin or UTC.")]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Reading items per digest.</summary>
    [Range(3, 5)]
    public int Items { get; set; } = 4;

    /// <summary>Run the Quartz scheduler in this process. Off for one-shot CLI verbs that must not send digests.</summary>
    public bool Scheduling { get; set; } = true;

    /// <summary>Wait before trying again after a transient failure (same local day only).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "06:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts per subscription and day before giving up on transient failures.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Clustered scheduling (Storage:Provider = Postgres): how soon the digests of an instance that stopped checking in
    /// are taken over by another. Instances check in at a third of this.
    /// </summary>
    [Range(10, 3600)]
    public int FailoverSeconds { get; set; } = 60;

    /// <summary>How often triggers are rebuilt from the subscriptions (picks up changes made by another process).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromMinutes(15);
}
