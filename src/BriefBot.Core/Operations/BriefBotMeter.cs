using System.Diagnostics.Metrics;

namespace BriefBot.Core.Operations;

/// <summary>
/// The one meter every part of the bot declares its instruments on. The host decides where they go (Prometheus);
/// nothing here knows about an exporter.
/// </summary>
public static class BriefBotMeter
{
    public const string Name = "BriefBot";

    /// <summary>The host's meter when it has a factory (one per host); a plain meter otherwise (tests that build parts by hand).</summary>
    public static Meter Create(IMeterFactory? factory) =>
        factory?.Create(Name) ?? new Meter(Name);
}
