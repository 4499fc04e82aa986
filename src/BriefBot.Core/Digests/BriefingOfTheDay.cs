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

    public static Paragraph Render(ComposedReplies briefings, Entity entity, int maxLength)
    {
        var snapshot = briefings.Snapshot;
        var articles = ArticleCount(snapshot, entity);
        var text = Lead(briefings, entity) ?? FirstSentence(snapshot, entity) ?? string.Empty;
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

    /// <summary>
    /// What the entity's full briefing leads with: its definition (or how the articles use it), else its most informative
    /// sentence (LexRank over its mentions), as the briefing shows them: standing alone, tidied.
    /// </summary>
    private static string? Lead(ComposedReplies briefings, Entity entity)
    {
        var briefing = briefings.Briefing(entity);
        foreach (var block in briefing.Body)
        {
            if (block is Paragraph { Spans: [{ Style: SpanStyle.Bold, Text: "Definition: " or "How the articles use it: " }, var definition] })
            {
                return definition.Text;
            }
        }

        var first = briefing.Body.OfType<BulletList>().FirstOrDefault()?.Items.FirstOrDefault();
        return first is null ? null : string.Concat(first.Select(s => s.Text)).Trim();
    }

    /// <summary>The first sentence naming the entity that a reader can follow on its own and that ends as a sentence.</summary>
    private static string? FirstSentence(KnowledgeSnapshot snapshot, Entity entity)
    {
        foreach (var mention in entity.Mentions)
        {
            // A list line or a heading ("8 May 2020: “Title”") ends without a stop and is not a sentence to lead with.
            if (snapshot.SentenceAt(mention) is { } sentence && ReadableSentence.Of(snapshot, sentence) is { Length: > 0 } text
                && text.TrimEnd().TrimEnd('”', '"', '’', '\'', ')') is [.., '.' or '!' or '?'])
            {
                return text;
            }
        }

        return null;
    }
}
