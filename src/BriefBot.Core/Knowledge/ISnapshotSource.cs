using BriefBot.Core.Briefings;

namespace BriefBot.Core.Knowledge;

/// <summary>Gives the snapshot in force. Read <see cref="Current"/> once per answer and keep it for the whole answer.</summary>
public interface ISnapshotSource
{
    KnowledgeSnapshot Current { get; }

    /// <summary>
    /// The snapshot in force with the replies composed on it, read as one: an answer that reuses a finished reply reads
    /// this once and takes its snapshot from <see cref="ComposedReplies.Snapshot"/>.
    /// </summary>
    ComposedReplies Replies { get; }
}
