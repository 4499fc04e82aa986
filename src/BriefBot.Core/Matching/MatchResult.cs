using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Matching;

public enum MatchOutcome
{
    /// <summary>One entity: <see cref="MatchResult.Candidates"/>[0].</summary>
    Found,
    /// <summary>Several entities fit equally well: ask which.</summary>
    Ambiguous,
    /// <summary>Nothing fits; <see cref="MatchResult.Candidates"/> holds the nearest suggestions.</summary>
    NotFound,
}

/// <param name="Corrected">True when the match forgave a typo, so the reply can say what it understood.</param>
public sealed record MatchResult(MatchOutcome Outcome, IReadOnlyList<Entity> Candidates, bool Corrected = false)
{
    public Entity? Entity => Outcome == MatchOutcome.Found ? Candidates[0] : null;
}
