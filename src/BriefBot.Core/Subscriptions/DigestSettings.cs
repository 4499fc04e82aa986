namespace BriefBot.Core.Subscriptions;

/// <summary>Digest defaults (configuration section "Digest"), validated by the host that binds them.</summary>
public sealed class DigestSettings
{
    /// <summary>Time of day for a <c>/subscribe</c> without "at HH:MM".</summary>
    public TimeOnly DefaultTime { get; set; } = new(8, 0);

    /// <summary>IANA zone for a <c>/subscribe</c> without "in ZONE".</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Reading items per digest, 3 to 5.</summary>
    public int Items { get; set; } = 4;
}
