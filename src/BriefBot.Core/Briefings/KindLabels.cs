using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Briefings;

/// <summary>Words for kinds of entities, as people read them.</summary>
public static class KindLabels
{
    public static string Of(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Kind switch
        {
            EntityKind.Expert => "Expert",
            EntityKind.Concept => "Concept",
            _ => entity.ActorKind switch
            {
                ActorKind.State => "Actor · state",
                ActorKind.Organisation => "Actor · organisation",
                ActorKind.Leader => "Actor · leader",
                _ => "Actor",
            },
        };
    }

    public static string Plural(EntityKind kind) => kind switch
    {
        EntityKind.Actor => "Actors",
        EntityKind.Expert => "Experts",
        _ => "Concepts",
    };

    /// <summary>The command that shows an entity of this kind.</summary>
    public static string Command(EntityKind kind) => kind switch
    {
        EntityKind.Actor => "actor",
        EntityKind.Expert => "expert",
        _ => "concept",
    };
}
