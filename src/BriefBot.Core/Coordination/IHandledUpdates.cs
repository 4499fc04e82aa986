namespace BriefBot.Core.Coordination;

/// <summary>
/// Update ids already taken by some instance: with several instances behind one webhook address, an update a platform
/// delivers twice (to two instances) is handled once, by whichever recorded it first.
/// </summary>
public interface IHandledUpdates
{
    /// <summary>Records the id; true the first time it is offered (by any instance), false for a repeat.</summary>
    Task<bool> TryRecordAsync(string platform, long updateId, DateTimeOffset at, CancellationToken cancellationToken);
}
