using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;

namespace BriefBot.Discord.Tests.Support;

/// <summary>A snapshot of handmade entities (general-knowledge names only).</summary>
public sealed class FixedSnapshot : ISnapshotSource
{
    public FixedSnapshot(params Entity[] entities)
    {
        Current = new(new ContentLoadResult([], []), new CorpusExtraction(entities, []), DateTimeOffset.UnixEpoch);
        Replies = new(Current);
    }

    public KnowledgeSnapshot Current { get; }

    public Core.Briefings.ComposedReplies Replies { get; }

    public static Entity Actor(string name, params string[] aliases) =>
        new("actor:" + name.ToLowerInvariant().Replace(' ', '-'), EntityKind.Actor, ActorKind.State, name, aliases, [], [], null, [], []);

    public static Entity Concept(string name) =>
        new("concept:" + name.ToLowerInvariant().Replace(' ', '-'), EntityKind.Concept, null, name, [], [], [], null, [], []);
}
