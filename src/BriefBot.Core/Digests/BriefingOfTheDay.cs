using System.Collections.Concurrent;
using BriefBot.Core.Briefings;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Digests;

/// <summary>The short paragraph that heads a digest: one topic, taken in turn day by day, and what the articles say of it.</summary>
internal static class BriefingOfTheDay
{
    private const int WholeCorpusChoices = 10;

    public static Entity? ChooseTopic(KnowledgeSnapshot snapshot, IReadOnlyList<Entity> topics, DateOnly localDate)
    {
        var pool = topics.Count > 0
            ? topics
            : snapshot.Remember("digest-topics:whole-collection", () => snapshot.Entities
                .Where(e => e.Kind != EntityKind.Expert)
                .OrderByDescending(e => e.Mentions.Count)
                .ThenBy(e => e.Id, StringComparer.Ordinal)
                .Take(WholeCorpusChoices)
                .ToList());
        return pool.Count == 0 ? null : pool[localDate.DayNumber % pool.Count];
    }

    public static Paragraph Render(KnowledgeSnapshot snapshot, Entity entity, int maxLength)
    {
        var articles = ArticleCount(snapshot, entity);
        var text = entity.Definition ?? KeySentence(snapshot, entity) ?? FirstSentence(snapshot, entity) ?? string.Empty;
        var spans = new List<Span>
        {
            new("Briefing of the day: ", SpanStyle.Bold),
            new(entity.Name, SpanStyle.Bold),
        };
        if (text.Length > 0)
        {
            spans.Add(new Span(" — " + ReplyText.Clip(text, maxLength)));
        }

        spans.Add(new Span(articles == 1 ? " (in 1 article)" : $" (in {articles} articles)", SpanStyle.Italic));
        return new Paragraph(spans);
    }

    /// <summary>How many articles mention the entity; counted once per snapshot, as digests ask it again and again.</summary>
    private static int ArticleCount(KnowledgeSnapshot snapshot, Entity entity) =>
        snapshot.Remember("digest-article-counts", () => new ConcurrentDictionary<string, int>(StringComparer.Ordinal))
            .GetOrAdd(entity.Id, static (_, e) => e.ArticleIds.Count(), entity);

    /// <summary>The most informative sentence of the entity's full briefing (LexRank over its mentions).</summary>
    private static string? KeySentence(KnowledgeSnapshot snapshot, Entity entity)
    {
        var briefing = BriefingComposer.Compose(snapshot, entity);
        var first = briefing.Body.OfType<BulletList>().FirstOrDefault()?.Items.FirstOrDefault();
        return first is null ? null : string.Concat(first.Select(s => s.Text)).Trim();
    }

    private static string? FirstSentence(KnowledgeSnapshot snapshot, Entity entity)
    {
        foreach (var mention in entity.Mentions)
        {
            var sentence = snapshot.FindArticle(mention.ArticleId)?
                .Paragraphs.FirstOrDefault(p => p.Index == mention.Paragraph)?
                .Sentences.FirstOrDefault(s => s.Index == mention.Sentence)?
                .Text;
            if (!string.IsNullOrWhiteSpace(sentence))
            {
                return sentence.Trim();
            }
        }

        return null;
    }
}
