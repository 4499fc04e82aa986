namespace BriefBot.Telegram.Receiving;

/// <summary>Keeps the last handled update_id, so a restart neither loses nor replays updates.</summary>
public interface IUpdateOffsetStore
{
    /// <summary>The last handled update_id, or null when nothing was handled yet.</summary>
    Task<long?> LoadAsync(CancellationToken cancellationToken);

    Task SaveAsync(long lastHandledUpdateId, CancellationToken cancellationToken);
}
