namespace BriefBot.Core.Commands.Throttling;

/// <summary>What <see cref="CommandGate"/> does with one incoming command from a user.</summary>
public enum ThrottleDecision
{
    /// <summary>Run the command.</summary>
    Allow,

    /// <summary>Over the limit for the first time in this window: answer <see cref="CommandThrottle.SlowDownReply"/> once.</summary>
    SlowDown,

    /// <summary>Still over the limit and already told: answer <see cref="CommandThrottle.SilencedReply"/>, which platforms leave unsent.</summary>
    StaySilent,
}
