namespace BriefBot.Core.Knowledge;

/// <summary>Gives the snapshot in force. Read <see cref="Current"/> once per answer and keep it for the whole answer.</summary>
public interface ISnapshotSource
{
    KnowledgeSnapshot Current { get; }
}
