namespace BriefBot.Core.Knowledge;

/// <summary>Holds the snapshot in force and swaps a new one in atomically.</summary>
public sealed class SnapshotHolder : ISnapshotSource
{
    private KnowledgeSnapshot _current = KnowledgeSnapshot.Empty;

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Replaces the snapshot; answers already under way keep the one they read.</summary>
    public KnowledgeSnapshot Swap(KnowledgeSnapshot next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Interlocked.Exchange(ref _current, next);
    }
}
