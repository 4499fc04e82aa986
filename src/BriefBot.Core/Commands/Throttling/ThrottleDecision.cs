namespace BriefBot.Core.Commands.Throttling;

/// <summary>What an adapter does with one incoming command from a user.</summary>
public enum ThrottleDecision
{
    /// <summary>Run the command.</summary>
    Allow,

    /// <summary>Over the limit for the first time in this window: answer <see cref="CommandThrottle.SlowDownReply"/> once.</summary>
    SlowDown,

    /// <summary>Still over the limit and already told: send nothing at all.</summary>
    StaySilent,
}
