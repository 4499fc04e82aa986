using BriefBot.Core.Briefings;

namespace BriefBot.Core.Knowledge;

/// <summary>Holds the snapshot in force, with the replies composed on it, and swaps both in atomically.</summary>
public sealed class SnapshotHolder : ISnapshotSource
{
    private ComposedReplies _current = new(KnowledgeSnapshot.Empty);

    public KnowledgeSnapshot Current => Volatile.Read(ref _current).Snapshot;

    public ComposedReplies Replies => Volatile.Read(ref _current);

    /// <summary>Replaces the snapshot, with no reply composed on it yet; answers already under way keep the one they read.</summary>
    public KnowledgeSnapshot Swap(KnowledgeSnapshot next) => Swap(new ComposedReplies(next)).Snapshot;

    /// <summary>Replaces the snapshot and its replies (composed ahead, perhaps); answers already under way keep the pair they read.</summary>
    public ComposedReplies Swap(ComposedReplies next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Interlocked.Exchange(ref _current, next);
    }
}
