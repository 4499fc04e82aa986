namespace BriefBot.Core.Knowledge;

/// <summary>
/// An actor, expert or concept learnt from the articles, merged across all of them.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>actor:russia</c>, <c>expert:jane-doe</c>, <c>concept:soft-power</c>.</param>
/// <param name="ActorKind">Set for actors only.</param>
/// <param name="Aliases">Other names that refer to it (acronyms, demonyms, capitals, surname, spellings).</param>
/// <param name="Roles">Experts: role phrases ("senior fellow", "professor").</param>
/// <param name="Affiliations">Experts: organisations they work for.</param>
/// <param name="Definition">Concepts: the clause or sentence that best defines it.</param>
/// <param name="Mentions">Every sentence that mentions it.</param>
/// <param name="Quotes">Experts and leaders: long quotations attributed to them.</param>
public sealed record Entity(
    string Id,
    EntityKind Kind,
    ActorKind? ActorKind,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Affiliations,
    string? Definition,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Quote> Quotes)
{
    public IEnumerable<string> ArticleIds => Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal);
}

/// <summary>A place in an article: the sentence at (<see cref="Paragraph"/>, <see cref="Sentence"/>).</summary>
public sealed record Mention(string ArticleId, int Paragraph, int Sentence);

/// <summary>A quotation and where it was said.</summary>
public sealed record Quote(string Text, Mention Where);
