using System.Diagnostics.Metrics;

namespace BriefBot.Core.Operations;

/// <summary>What the platforms told the transports: rate limits (HTTP 429) received, by platform.</summary>
public sealed class TransportMetrics
{
    private readonly Counter<long> _rateLimited;

    public TransportMetrics(IMeterFactory? meterFactory = null)
    {
        var meter = BriefBotMeter.Create(meterFactory);
        _rateLimited = meter.CreateCounter<long>("briefbot.rate_limited", unit: "{response}", description: "HTTP 429 answers received, by platform.");
    }

    /// <param name="platform">"telegram", "discord".</param>
    public void RateLimited(string platform) => _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));
}
