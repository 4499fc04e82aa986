using System.Collections.Concurrent;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Briefings;

/// <summary>
/// The finished replies composed on one snapshot (briefings, reading lists), the same for every asker. Built with
/// its snapshot and swapped in with it by <see cref="SnapshotHolder"/>, so no reply outlives the knowledge it came from.
/// </summary>
public sealed class ComposedReplies
{
    private readonly ConcurrentDictionary<ReplyKey, Reply> _replies = new();

    public ComposedReplies(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
    }

    /// <summary>The snapshot every reply here was composed on.</summary>
    public KnowledgeSnapshot Snapshot { get; }

    /// <summary>The entity's briefing (<see cref="BriefingComposer"/>), composed the first time it is needed.</summary>
    public Reply Briefing(Entity entity) =>
        GetOrCompose(ReplyKey.Briefing(entity), static (snapshot, e) => BriefingComposer.Compose(snapshot, e), entity);

    /// <summary>The reply under <paramref name="key"/>, composed once on <see cref="Snapshot"/> by <paramref name="compose"/>.</summary>
    public Reply GetOrCompose<TArg>(ReplyKey key, Func<KnowledgeSnapshot, TArg, Reply> compose, TArg argument)
    {
        ArgumentNullException.ThrowIfNull(compose);
        return _replies.GetOrAdd(key, static (_, x) => x.compose(x.Snapshot, x.argument), (compose, Snapshot, argument));
    }

    /// <summary>Whether the reply under <paramref name="key"/> has been composed already.</summary>
    public bool Holds(ReplyKey key) => _replies.ContainsKey(key);
}
