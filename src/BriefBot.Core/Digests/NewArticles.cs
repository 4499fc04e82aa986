using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Digests;

/// <summary>
/// The articles added since the chat's previous digest that concern its topics (any, for the whole collection): those
/// naming more of its topics, and naming them more often, first; each with its title, source and why it fits.
/// </summary>
internal static class NewArticles
{
    public const int MaxShown = 5;

    public static IReadOnlyList<NewArticle> Select(KnowledgeSnapshot snapshot, IReadOnlyList<Entity> topics, DateTimeOffset? since)
    {
        if (since is not { } after)
        {
            return [];
        }

        var counts = EntityCounts(snapshot);
        var picked = new List<NewArticle>();
        foreach (var article in snapshot.Articles)
        {
            if (article.AddedAt is not { } added || added <= after || !counts.TryGetValue(article.Id, out var named))
            {
                continue;
            }

            var onTopic = topics.Select(t => (Topic: t, Count: named.GetValueOrDefault(t.Id))).Where(x => x.Count > 0).ToList();
            if (topics.Count > 0 && onTopic.Count == 0)
            {
                continue;
            }

            picked.Add(new NewArticle(article, onTopic.Count, onTopic.Sum(x => x.Count), Why(snapshot, article, topics, onTopic, named)));
        }

        return picked
            .OrderByDescending(a => a.TopicsNamed)
            .ThenByDescending(a => a.Mentions)
            .ThenByDescending(a => a.Article.AddedAt)
            .ThenBy(a => a.Article.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<Span> Render(NewArticle item)
    {
        var article = item.Article;
        var source = article.Source ?? (Uri.TryCreate(article.Url, UriKind.Absolute, out var url) ? url.Host : null);
        var spans = new List<Span> { new(ReplyText.Clip(article.Title, 140), SpanStyle.Bold) };
        if (source is { Length: > 0 })
        {
            spans.Add(new Span(" — "));
            spans.Add(new Span(ReplyText.Clip(source, 60), SpanStyle.Italic));
        }

        spans.Add(new Span(" — " + item.Why));
        return spans;
    }

    private static string Why(KnowledgeSnapshot snapshot, Article article, IReadOnlyList<Entity> topics, List<(Entity Topic, int Count)> onTopic, Dictionary<string, int> named)
    {
        var topicIds = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var others = named
            .Where(n => !topicIds.Contains(n.Key))
            .OrderByDescending(n => n.Value)
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => snapshot.FindEntity(n.Key)?.Name)
            .OfType<string>()
            .Take(topics.Count == 0 ? 3 : 2)
            .ToList();
        if (onTopic.Count == 0)
        {
            return others.Count == 0 ? "New in the collection." : ReplyText.Clip($"About {Join(others)}.", 120);
        }

        var best = onTopic.OrderByDescending(x => x.Count).First();
        var line = article.Authors.Any(a => string.Equals(a, best.Topic.Name, StringComparison.OrdinalIgnoreCase))
            ? $"By {best.Topic.Name}"
            : best.Count switch
            {
                1 => $"Names {best.Topic.Name} once",
                2 => $"Names {best.Topic.Name} twice",
                var n => $"Names {best.Topic.Name} {n} times",
            };
        var alsoTopics = onTopic.Where(x => x.Topic != best.Topic).Select(x => x.Topic.Name).ToList();
        if (alsoTopics.Count > 0)
        {
            line += $", and {Join(alsoTopics)}";
        }

        return ReplyText.Clip(others.Count > 0 ? $"{line}, alongside {Join(others)}." : line + ".", 120);
    }

    /// <summary>For each article with an <c>added_at</c>: how many sentences name each entity. Once per snapshot.</summary>
    private static Dictionary<string, Dictionary<string, int>> EntityCounts(KnowledgeSnapshot snapshot) =>
        snapshot.Remember("digest-new-articles:entity-counts", () =>
        {
            var added = snapshot.Articles.Where(a => a.AddedAt is not null).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var counts = added.ToDictionary(id => id, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
            if (added.Count == 0)
            {
                return counts;
            }

            foreach (var entity in snapshot.Entities)
            {
                foreach (var mention in entity.Mentions)
                {
                    if (counts.TryGetValue(mention.ArticleId, out var named))
                    {
                        named[entity.Id] = named.GetValueOrDefault(entity.Id) + 1;
                    }
                }
            }

            return counts;
        });

    private static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}

/// <param name="TopicsNamed">How many of the chat's topics it names.</param>
/// <param name="Mentions">Sentences naming them, all told.</param>
internal sealed record NewArticle(Article Article, int TopicsNamed, int Mentions, string Why);
