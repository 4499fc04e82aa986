using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Text;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Core.Briefings;

/// <summary>
/// Builds the short, sourced briefing on one entity: who or what it is, the most informative sentences,
/// quotes, related entities and reading, and the articles it came from. Deterministic for a snapshot.
/// </summary>
public static class BriefingComposer
{
    public const int MaxLength = 3500;
    private const int ShownReadings = 3;
    private const int ShownRelatedPerKind = 5;
    private const int ShownSources = 5;
    private const int ShownQuotes = 2;
    private static readonly (int Sentences, int Clip)[] Attempts = [(4, 420), (3, 320), (2, 240), (1, 200)];
    private static readonly EntityKind[] RelatedKinds = [EntityKind.Actor, EntityKind.Expert, EntityKind.Concept];

    /// <summary>Composes the briefing afresh; <see cref="ComposedReplies.Briefing"/> keeps it for the snapshot's life.</summary>
    public static Reply Compose(KnowledgeSnapshot snapshot, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(entity);
        return Fit(snapshot, entity);
    }

    /// <summary>Tries the fullest briefing first and trims until it fits one message.</summary>
    private static Reply Fit(KnowledgeSnapshot snapshot, Entity entity)
    {
        // Sentences are chosen greedily, best first, so the best n are the first n of the best four (one more is ranked
        // for a concept, whose definition may be its best usage sentence).
        var key = KeySentences.Of(snapshot, entity, Attempts[0].Sentences + 1);
        var definition = ConceptDefinition.Of(snapshot, entity, key);
        var shownKey = key.Where(k => definition?.From is null || !k.Sentence.Equals(definition.From)).Take(Attempts[0].Sentences).ToList();
        var parts = new Parts(
            Subtitle(entity),
            definition,
            shownKey,
            Views.Of(snapshot, entity, definition?.From is { } from ? [.. shownKey, new ShownSentence(from, definition.Text)] : shownKey),
            QuoteRanking.Shown(entity.Quotes, ShownQuotes),
            RelatedBlock(snapshot, entity),
            RelatedReading.For(snapshot, entity),
            Sources(snapshot, entity));
        Reply? reply = null;
        foreach (var (sentences, clip) in Attempts)
        {
            reply = Build(snapshot, entity, parts, sentences, clip);
            if (PlainTextRenderer.Render(reply).Length <= MaxLength)
            {
                return reply;
            }
        }

        return reply!;
    }

    private static Reply Build(KnowledgeSnapshot snapshot, Entity entity, Parts parts, int maxSentences, int clip)
    {
        var body = new List<Block> { Line(Italic(parts.Subtitle)) };
        if (parts.Definition is { } definition)
        {
            body.Add(Line(Bold(definition.Defines ? "Definition: " : "How the articles use it: "), Plain(ShownText.Clip(definition.Text, clip))));
        }

        var shown = Math.Min(maxSentences, parts.Key.Count);
        if (shown > 0)
        {
            var items = new List<IReadOnlyList<Span>>(shown);
            for (var i = 0; i < shown; i++)
            {
                items.Add([Plain(ShownText.Clip(parts.Key[i].Text, clip))]);
            }

            body.Add(new BulletList(items));
        }

        var sections = new List<ReplySection>();
        if (parts.Views.Count > 0)
        {
            var views = new List<IReadOnlyList<Span>>(parts.Views.Count);
            foreach (var view in parts.Views)
            {
                views.Add(ViewLine(snapshot, view, clip));
            }

            sections.Add(new ReplySection("Views", [new BulletList(views)]));
        }

        if (parts.Quotes.Count > 0)
        {
            var quotes = new List<IReadOnlyList<Span>>(parts.Quotes.Count);
            foreach (var quote in parts.Quotes)
            {
                quotes.Add([Italic($"“{ShownText.Clip(quote, clip)}”")]);
            }

            sections.Add(new ReplySection("Quotes", [new BulletList(quotes)]));
        }

        if (parts.Related is { } related)
        {
            sections.Add(new ReplySection("Related", related));
        }

        if (parts.Readings.Count > 0)
        {
            var shownReadings = new List<string>(ShownReadings);
            for (var i = 0; i < Math.Min(ShownReadings, parts.Readings.Count); i++)
            {
                shownReadings.Add(RelatedReading.Describe(parts.Readings[i], snapshot, withArticle: false));
            }

            var blocks = new List<Block> { Bullets(shownReadings) };
            if (parts.Readings.Count > ShownReadings)
            {
                blocks.Add(Line(Plain($"and {parts.Readings.Count - ShownReadings} more: "), Code($"/reading {entity.Name}")));
            }

            sections.Add(new ReplySection("Further reading", blocks));
        }

        return new Reply(ReplyStatus.Ok, entity.Name, body, sections, parts.Sources, []);
    }

    /// <summary>"Jane Doe (Policy Institute): “…” — Article title".</summary>
    private static List<Span> ViewLine(KnowledgeSnapshot snapshot, View view, int clip)
    {
        var who = view.Expert.Affiliations.Count > 0 ? $"{view.Expert.Name} ({view.Expert.Affiliations[0]}): " : $"{view.Expert.Name}: ";
        var text = ShownText.Clip(view.Text, clip);
        var spans = new List<Span> { Bold(who), view.Quoted ? Italic($"“{text}”") : Plain(text) };
        if (snapshot.FindArticle(view.ArticleId)?.Title is { } title)
        {
            spans.Add(Plain(" — "));
            spans.Add(Italic(ShownText.Clip(title, 90)));
        }

        return spans;
    }

    private static string Subtitle(Entity entity)
    {
        var parts = new List<string> { KindLabels.Of(entity) };
        if (entity.Roles.Count > 0)
        {
            parts.Add(string.Join("; ", entity.Roles));
        }

        if (entity.Affiliations.Count > 0)
        {
            parts.Add(string.Join("; ", entity.Affiliations));
        }

        var aliases = entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.OrdinalIgnoreCase)).Take(4).ToList();
        if (aliases.Count > 0 && entity.Kind != EntityKind.Expert)
        {
            parts.Add("also " + string.Join(", ", aliases));
        }

        return string.Join(" · ", parts);
    }

    private static List<Block>? RelatedBlock(KnowledgeSnapshot snapshot, Entity entity)
    {
        var related = snapshot.Relations.RelatedTo(entity.Id);
        var blocks = new List<Block>();
        foreach (var kind in RelatedKinds)
        {
            var names = new List<string>();
            foreach (var relation in related)
            {
                if (relation.Entity.Kind == kind)
                {
                    names.Add(relation.Entity.Name);
                }
            }

            if (names.Count > 0)
            {
                blocks.Add(Line(Bold($"{KindLabels.Plural(kind)}: "), Plain(JoinWithMore(names, ShownRelatedPerKind))));
            }
        }

        return blocks.Count > 0 ? blocks : null;
    }

    /// <summary>The titles of the articles that mention the entity most, then how many more.</summary>
    private static List<string> Sources(KnowledgeSnapshot snapshot, Entity entity)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in entity.Mentions)
        {
            counts[mention.ArticleId] = counts.GetValueOrDefault(mention.ArticleId) + 1;
        }

        var articles = new List<KeyValuePair<string, int>>(counts);
        articles.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var titles = new List<string>(articles.Count);
        foreach (var (articleId, _) in articles)
        {
            if (snapshot.FindArticle(articleId)?.Title is { } title)
            {
                titles.Add(title);
            }
        }

        return titles.Count > ShownSources
            ? [.. titles.Take(ShownSources), $"and {titles.Count - ShownSources} more"]
            : titles;
    }

    /// <summary>What every attempt at fitting shares: worked out once.</summary>
    private sealed record Parts(
        string Subtitle,
        ShownDefinition? Definition,
        IReadOnlyList<ShownSentence> Key,
        IReadOnlyList<View> Views,
        IReadOnlyList<string> Quotes,
        List<Block>? Related,
        IReadOnlyList<Reading> Readings,
        List<string> Sources);
}
