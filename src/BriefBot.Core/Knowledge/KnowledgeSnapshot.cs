using BriefBot.Core.Content;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Everything the bot knows at one moment: immutable, built off the answering path and swapped in whole.
/// </summary>
public sealed class KnowledgeSnapshot
{
    private readonly Dictionary<string, Entity> _entitiesById;
    private readonly Dictionary<string, Article> _articlesById;

    public KnowledgeSnapshot(ContentLoadResult content, CorpusExtraction extraction, DateTimeOffset builtAt)
    {
        Articles = content.Articles;
        Rejected = content.Rejected;
        Entities = extraction.Entities;
        Readings = extraction.Readings;
        BuiltAt = builtAt;
        _entitiesById = Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _articlesById = Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public static KnowledgeSnapshot Empty { get; } =
        new(new ContentLoadResult([], []), new CorpusExtraction([], []), DateTimeOffset.UnixEpoch);

    public IReadOnlyList<Article> Articles { get; }
    public IReadOnlyList<RejectedFile> Rejected { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<Reading> Readings { get; }
    public DateTimeOffset BuiltAt { get; }

    public Entity? FindEntity(string id) => _entitiesById.GetValueOrDefault(id);

    public Article? FindArticle(string id) => _articlesById.GetValueOrDefault(id);

    public IEnumerable<Entity> OfKind(EntityKind kind) => Entities.Where(e => e.Kind == kind);
}
