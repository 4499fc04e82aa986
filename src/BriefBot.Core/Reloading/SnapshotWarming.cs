namespace BriefBot.Core.Reloading;

/// <summary>When a reload composes the new snapshot's briefings.</summary>
public enum SnapshotWarming
{
    /// <summary>Before the swap: the reload takes longer, but no ask on the new snapshot composes anything.</summary>
    BeforeSwap,

    /// <summary>Never ahead: each briefing is composed the first time it is asked.</summary>
    None,
}
