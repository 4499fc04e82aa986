using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Tests.Support;

/// <summary>
/// Builds a snapshot by hand, without ingestion or extraction, so matching, search and briefings
/// can be tested on their own. Mentions are every sentence that contains a name or alias as whole words.
/// </summary>
internal sealed class CorpusBuilder
{
    private readonly List<Article> _articles = [];
    private readonly List<(EntityKind Kind, ActorKind? ActorKind, string Name, string[] Aliases, string[] Roles, string[] Affiliations, string? Definition, string[] Quotes)> _entities = [];
    private readonly List<(string Title, string[] Authors, DateOnly? Date, int? Year, string ArticleId, string[] Topics)> _readings = [];

    public CorpusBuilder Article(string id, string title, params string[][] paragraphs)
    {
        var built = paragraphs.Select((sentences, p) => new ArticleParagraph(
            p,
            string.Join(' ', sentences),
            IsHeading: false,
            sentences.Select((s, i) => new Sentence(id, p, i, s)).ToList())).ToList();
        _articles.Add(new Article(id, title, ["Test Author"], new DateOnly(2024, 1, 1), null, null, [], id + ".txt", built, id));
        return this;
    }

    public CorpusBuilder Actor(string name, ActorKind kind = ActorKind.State, params string[] aliases)
    {
        _entities.Add((EntityKind.Actor, kind, name, aliases, [], [], null, []));
        return this;
    }

    public CorpusBuilder Expert(string name, string[]? roles = null, string[]? affiliations = null, string[]? quotes = null)
    {
        var surname = name.Split(' ')[^1];
        _entities.Add((EntityKind.Expert, null, name, [surname], roles ?? [], affiliations ?? [], null, quotes ?? []));
        return this;
    }

    public CorpusBuilder Concept(string name, string? definition = null, params string[] aliases)
    {
        _entities.Add((EntityKind.Concept, null, name, aliases, [], [], definition, []));
        return this;
    }

    public CorpusBuilder Reading(string title, string author, DateOnly? date, string articleId, params string[] topicNames)
    {
        _readings.Add((title, [author], date, null, articleId, topicNames));
        return this;
    }

    /// <summary>A reading the text dates by its year only ("her 2019 book").</summary>
    public CorpusBuilder ReadingOfYear(string title, string author, int year, string articleId, params string[] topicNames)
    {
        _readings.Add((title, [author], null, year, articleId, topicNames));
        return this;
    }

    public KnowledgeSnapshot Build()
    {
        var entities = _entities.Select(e => new Entity(
            $"{e.Kind.ToString().ToLowerInvariant()}:{Slug(e.Name)}",
            e.Kind,
            e.ActorKind,
            e.Name,
            e.Aliases,
            e.Roles,
            e.Affiliations,
            e.Definition,
            MentionsOf(e.Aliases.Prepend(e.Name)),
            e.Quotes.Select(q => new Quote(q, new Mention(_articles[0].Id, 0, 0))).ToList())).ToList();
        string IdOf(string name) => entities.First(e => e.Name == name).Id;
        var readings = _readings.Select(r => new Reading(
            "reading:" + Slug(r.Title), r.Date, r.Title, r.Authors, r.ArticleId, new Mention(r.ArticleId, 0, 0), r.Topics.Select(IdOf).ToList(), r.Year)).ToList();
        return new KnowledgeSnapshot(new ContentLoadResult(_articles, []), new CorpusExtraction(entities, readings), DateTimeOffset.UnixEpoch);
    }

    private List<Mention> MentionsOf(IEnumerable<string> names)
    {
        var folded = names.Select(n => $" {TextFolding.Fold(n)} ").ToList();
        return _articles
            .SelectMany(a => a.Paragraphs.SelectMany(p => p.Sentences))
            .Where(s => folded.Any(n => $" {TextFolding.Fold(s.Text)} ".Contains(n, StringComparison.Ordinal)))
            .Select(s => new Mention(s.ArticleId, s.Paragraph, s.Index))
            .ToList();
    }

    private static string Slug(string name) => TextFolding.Fold(name).Replace(' ', '-');
}
