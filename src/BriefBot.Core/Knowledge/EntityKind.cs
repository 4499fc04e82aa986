namespace BriefBot.Core.Knowledge;

public enum EntityKind
{
    Actor,
    Expert,
    Concept,
}

/// <summary>What sort of actor: a state, an organisation, or a person in political office.</summary>
public enum ActorKind
{
    State,
    Organisation,
    Leader,
}
