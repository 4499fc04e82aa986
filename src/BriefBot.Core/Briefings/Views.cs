using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Briefings;

/// <summary>One expert's view on an entity: who, what they said or wrote about it, and in which article.</summary>
internal sealed record View(Entity Expert, string Text, bool Quoted, string ArticleId);

/// <summary>
/// "Who says what" for an actor's or concept's briefing: up to three experts (or authors) who were quoted about it or
/// wrote about it, one attributed sentence each, the most involved first. An expert's quotation in a paragraph that
/// names the entity comes first, then a sentence naming both, then, for an author, a sentence of theirs naming it.
/// </summary>
internal static class Views
{
    private const int Shown = 3;
    private const int Tried = 8;

    // An expert quoted across an archive has thousands of mentions: a view is found, if at all, among the first few.
    private const int ScannedExpertMentions = 200;
    private const int ScannedArticles = 20;
    private const int ScannedMentions = 500;
    private const int MinWords = 8;
    private const int MaxWords = 60;

    public static IReadOnlyList<View> Of(KnowledgeSnapshot snapshot, Entity entity, IReadOnlyList<ShownSentence> alreadyShown)
    {
        if (entity.Kind == EntityKind.Expert)
        {
            return [];
        }

        var index = ExpertIndex.Of(snapshot);
        var shownTexts = alreadyShown.Select(s => s.Sentence).ToHashSet();
        var paragraphs = new HashSet<(string, int)>();
        var shared = new Dictionary<Entity, int>();
        foreach (var mention in entity.Mentions.Take(ScannedMentions))
        {
            if (paragraphs.Add((mention.ArticleId, mention.Paragraph)) && index.InParagraph.TryGetValue((mention.ArticleId, mention.Paragraph), out var experts))
            {
                foreach (var expert in experts)
                {
                    shared[expert] = shared.GetValueOrDefault(expert) + 1;
                }
            }
        }

        foreach (var articleId in entity.ArticleIds.Take(ScannedMentions))
        {
            if (index.ByArticleAuthor.TryGetValue(articleId, out var authors))
            {
                foreach (var author in authors)
                {
                    shared[author] = shared.GetValueOrDefault(author);
                }
            }
        }

        var views = new List<View>(Shown);
        foreach (var (expert, _) in shared.OrderByDescending(x => x.Value).ThenBy(x => x.Key.Name, StringComparer.Ordinal).Take(Tried))
        {
            if (ReferenceEquals(expert, entity) || string.Equals(expert.Name, entity.Name, StringComparison.Ordinal))
            {
                continue;
            }

            if (ViewOf(snapshot, entity, expert, paragraphs, shownTexts, index) is { } view)
            {
                views.Add(view);
                if (views.Count == Shown)
                {
                    break;
                }
            }
        }

        return views;
    }

    private static View? ViewOf(KnowledgeSnapshot snapshot, Entity entity, Entity expert, HashSet<(string, int)> paragraphs, HashSet<Sentence> shown, ExpertIndex index)
    {
        var quotes = expert.Quotes.Where(q => paragraphs.Contains((q.Where.ArticleId, q.Where.Paragraph))).ToList();
        if (quotes.Count > 0 && QuoteRanking.Shown(quotes, 1) is [var best] && best.Split(' ').Length >= MinWords / 2)
        {
            var where = quotes.First(q => ShownText.Tidy(q.Text) == best).Where;
            return new View(expert, best, true, where.ArticleId);
        }

        // A sentence naming both: looked for among the expert's few mentions, not the entity's many.
        foreach (var mention in expert.Mentions.Take(ScannedExpertMentions))
        {
            if (MentionOrder.Mentions(snapshot, entity, mention) && Readable(snapshot, mention, shown) is { } text)
            {
                return new View(expert, text, false, mention.ArticleId);
            }
        }

        // A sentence of their own article naming it.
        foreach (var articleId in (index.WrittenBy.GetValueOrDefault(expert) ?? []).Take(ScannedArticles))
        {
            foreach (var mention in MentionOrder.InArticle(snapshot, entity, articleId).Take(ScannedArticles))
            {
                if (Readable(snapshot, mention, shown) is { } text)
                {
                    return new View(expert, text, false, articleId);
                }
            }
        }

        return null;
    }

    private static string? Readable(KnowledgeSnapshot snapshot, Mention mention, HashSet<Sentence> shown) =>
        snapshot.SentenceAt(mention) is { } sentence && !shown.Contains(sentence) && ReadableSentence.Of(snapshot, sentence) is { } text && Fits(text)
            ? text
            : null;

    private static bool Fits(string text)
    {
        var words = text.Split(' ').Length;
        var end = text.TrimEnd().TrimEnd('”', '"', '’', ')');
        return words is >= MinWords and <= MaxWords && end.Length > 0 && end[^1] is '.' or '!' or '?';
    }

    /// <summary>Experts by the paragraphs naming them and by the articles they wrote: built once per snapshot.</summary>
    private sealed class ExpertIndex
    {
        public Dictionary<(string, int), List<Entity>> InParagraph { get; } = [];

        public Dictionary<string, List<Entity>> ByArticleAuthor { get; } = new(StringComparer.Ordinal);

        public Dictionary<Entity, List<string>> WrittenBy { get; } = new(ReferenceEqualityComparer.Instance);

        public static ExpertIndex Of(KnowledgeSnapshot snapshot) => snapshot.Remember("views-expert-index", () =>
        {
            var index = new ExpertIndex();
            var byName = new Dictionary<string, Entity>(StringComparer.Ordinal);
            foreach (var expert in snapshot.Entities)
            {
                if (expert.Kind != EntityKind.Expert)
                {
                    continue;
                }

                byName.TryAdd(TextFolding.Fold(expert.Name), expert);
                foreach (var mention in expert.Mentions)
                {
                    var key = (mention.ArticleId, mention.Paragraph);
                    if (!index.InParagraph.TryGetValue(key, out var list))
                    {
                        index.InParagraph[key] = list = [];
                    }

                    if (list.Count == 0 || !ReferenceEquals(list[^1], expert))
                    {
                        list.Add(expert);
                    }
                }
            }

            foreach (var article in snapshot.Articles)
            {
                foreach (var author in article.Authors)
                {
                    if (byName.TryGetValue(TextFolding.Fold(author), out var expert))
                    {
                        if (!index.ByArticleAuthor.TryGetValue(article.Id, out var list))
                        {
                            index.ByArticleAuthor[article.Id] = list = [];
                        }

                        list.Add(expert);
                        if (!index.WrittenBy.TryGetValue(expert, out var written))
                        {
                            index.WrittenBy[expert] = written = [];
                        }

                        written.Add(article.Id);
                    }
                }
            }

            return index;
        });
    }
}
