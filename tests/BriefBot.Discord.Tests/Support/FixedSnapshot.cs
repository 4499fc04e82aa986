using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;

namespace BriefBot.Discord.Tests.Support;

/// <summary>A snapshot of handmade entities (general-knowledge names only).</summary>
public sealed class FixedSnapshot(params Entity[] entities) : ISnapshotSource
{
    public KnowledgeSnapshot Current { get; } =
        new(new ContentLoadResult([], []), new CorpusExtraction(entities, []), DateTimeOffset.UnixEpoch);

    public static Entity Actor(string name, params string[] aliases) =>
        new("actor:" + name.ToLowerInvariant().Replace(' ', '-'), EntityKind.Actor, ActorKind.State, name, aliases, [], [], null, [], []);

    public static Entity Concept(string name) =>
        new("concept:" + name.ToLowerInvariant().Replace(' ', '-'), EntityKind.Concept, null, name, [], [], [], null, [], []);
}
