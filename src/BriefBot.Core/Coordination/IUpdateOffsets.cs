namespace BriefBot.Core.Coordination;

/// <summary>The last update id a platform's receiver handled, kept in the database so restarts and instances share it.</summary>
public interface IUpdateOffsets
{
    /// <summary>The last handled update id for <paramref name="platform"/>, or null when none was saved.</summary>
    Task<long?> LoadAsync(string platform, CancellationToken cancellationToken);

    Task SaveAsync(string platform, long lastHandledUpdateId, CancellationToken cancellationToken);
}
