namespace BriefBot.Tests.Soak;

/// <summary>
/// How big a soak run is. CI runs the short form with every other test; the long form (200,000 commands and 50
/// reloads) runs by hand with <c>BRIEFBOT_SOAK=long dotnet test tests/BriefBot.Tests --filter Category=Soak</c>.
/// </summary>
internal sealed record SoakPlan(string Name, int Commands, int Reloads, int WarmUpRounds)
{
    public const string Switch = "BRIEFBOT_SOAK";

    public static readonly SoakPlan Short = new("short", Commands: 3_000, Reloads: 5, WarmUpRounds: 2);

    public static readonly SoakPlan Long = new("long", Commands: 200_000, Reloads: 50, WarmUpRounds: 5);

    /// <summary>One round per reload: its commands, then the reload, then a sample.</summary>
    public int Rounds => Reloads;

    public int CommandsPerRound => Commands / Rounds;

    /// <summary>
    /// <c>BRIEFBOT_SOAK=long</c> picks the long form; <c>BRIEFBOT_SOAK_COMMANDS</c> and <c>BRIEFBOT_SOAK_RELOADS</c>
    /// resize either form (to look at a leak more closely, say).
    /// </summary>
    public static SoakPlan FromEnvironment()
    {
        var plan = string.Equals(Environment.GetEnvironmentVariable(Switch), "long", StringComparison.OrdinalIgnoreCase) ? Long : Short;
        if (int.TryParse(Environment.GetEnvironmentVariable(Switch + "_COMMANDS"), out var commands) && commands > 0)
        {
            plan = plan with { Commands = commands };
        }

        if (int.TryParse(Environment.GetEnvironmentVariable(Switch + "_RELOADS"), out var reloads) && reloads > plan.WarmUpRounds)
        {
            plan = plan with { Reloads = reloads };
        }

        return plan;
    }
}
