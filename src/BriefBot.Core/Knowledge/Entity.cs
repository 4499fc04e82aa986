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
    // A snapshot keeps every entity for its lifetime: lists handed over while still growing are copied to exact-size arrays.
    public IReadOnlyList<string> Aliases { get; init; } = Exact(Aliases);

    public IReadOnlyList<string> Roles { get; init; } = Exact(Roles);

    public IReadOnlyList<string> Affiliations { get; init; } = Exact(Affiliations);

    public IReadOnlyList<Mention> Mentions { get; init; } = Exact(Mentions);

    public IReadOnlyList<Quote> Quotes { get; init; } = Exact(Quotes);

    public IEnumerable<string> ArticleIds => Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal);

    private static IReadOnlyList<T> Exact<T>(IReadOnlyList<T> items) =>
        items switch
        {
            null => throw new ArgumentNullException(nameof(items)),
            T[] array => array,
            { Count: 0 } => [],
            _ => items.ToArray(),
        };
}

/// <summary>A place in an article: the sentence at (<see cref="Paragraph"/>, <see cref="Sentence"/>).</summary>
/// <remarks>A value (16 bytes, no object of its own): an archive has hundreds of thousands of them.</remarks>
public readonly record struct Mention(string ArticleId, int Paragraph, int Sentence);

/// <summary>A quotation and where it was said.</summary>
public sealed record Quote(string Text, Mention Where);
