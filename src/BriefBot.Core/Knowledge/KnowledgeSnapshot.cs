using System.Collections.Concurrent;
using BriefBot.Core.Content;
using BriefBot.Core.Matching;
using BriefBot.Core.Search;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Everything the bot knows at one moment: immutable, built off the answering path and swapped in whole.
/// </summary>
public sealed class KnowledgeSnapshot
{
    private readonly Dictionary<string, Entity> _entitiesById;
    private readonly Dictionary<string, Article> _articlesById;
    private readonly ConcurrentDictionary<string, object> _memo = new(StringComparer.Ordinal);

    /// <param name="maxParallelism">Cores building the index and relation graph may use (<see cref="BuildParallelism"/>).</param>
    /// <param name="index">The sentence index of these articles if it is already built (beside extraction); else it is built here.</param>
    public KnowledgeSnapshot(ContentLoadResult content, CorpusExtraction extraction, DateTimeOffset builtAt, int maxParallelism = BuildParallelism.AllCores, SentenceIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(extraction);
        Articles = content.Articles;
        Rejected = content.Rejected;
        Entities = extraction.Entities;
        Readings = extraction.Readings;
        BuiltAt = builtAt;
        _entitiesById = Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _articlesById = Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Matcher = new EntityMatcher(Entities);
        RelationGraph? relations = null;
        Parallel.Invoke(BuildParallelism.Options(maxParallelism), () => index ??= new SentenceIndex(Articles), () => relations = new RelationGraph(Entities, maxParallelism));
        Index = index!;
        Relations = relations!;
    }

    public static KnowledgeSnapshot Empty { get; } =
        new(new ContentLoadResult([], []), new CorpusExtraction([], []), DateTimeOffset.UnixEpoch);

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The admins' corrections this snapshot was built with, and which of them found their entity.</summary>
    public IReadOnlyList<Corrections.Correction> Corrections { get; init; } = [];

    public IReadOnlySet<long> CorrectionsUsed { get; init; } = new HashSet<long>();
    public IReadOnlyList<RejectedFile> Rejected { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<Reading> Readings { get; }
    public DateTimeOffset BuiltAt { get; }
    public EntityMatcher Matcher { get; }
    public SentenceIndex Index { get; }
    public RelationGraph Relations { get; }

    public Entity? FindEntity(string id) => _entitiesById.GetValueOrDefault(id);

    public Article? FindArticle(string id) => _articlesById.GetValueOrDefault(id);

    public IEnumerable<Entity> OfKind(EntityKind kind) => Entities.Where(e => e.Kind == kind);

    /// <summary>The sentence a mention points at, if the article still has it.</summary>
    public Sentence? SentenceAt(Mention mention)
    {
        var article = FindArticle(mention.ArticleId);
        if (article is null || mention.Paragraph < 0 || mention.Paragraph >= article.Paragraphs.Count)
        {
            return null;
        }

        var sentences = article.Paragraphs[mention.Paragraph].Sentences;
        return mention.Sentence >= 0 && mention.Sentence < sentences.Count ? sentences[mention.Sentence] : null;
    }

    /// <summary>
    /// Computes a value derived from this knowledge once per snapshot (indexes, counts, orderings); the snapshot never
    /// changes, so neither does it. Finished replies are not kept here but in <see cref="Briefings.ComposedReplies"/>.
    /// </summary>
    public T Remember<T>(string key, Func<T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        return (T)_memo.GetOrAdd(key, _ => compute());
    }
}
