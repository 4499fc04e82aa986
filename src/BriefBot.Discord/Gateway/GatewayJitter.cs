namespace BriefBot.Discord.Gateway;

/// <summary>The random fraction of the heartbeat interval before the first beat (Discord asks for one).</summary>
internal sealed class GatewayJitter(Func<double> next)
{
    public GatewayJitter()
        : this(Random.Shared.NextDouble)
    {
    }

    /// <returns>A value in [0, 1).</returns>
    public double Next() => Math.Clamp(next(), 0, 0.999);
}
