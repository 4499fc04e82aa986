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
    private const int MaxCandidates = 60;
    private const int ShownReadings = 3;
    private const int ShownRelatedPerKind = 5;
    private const int ShownSources = 5;

    public static Reply Compose(KnowledgeSnapshot snapshot, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(entity);
        return snapshot.Remember($"briefing:{entity.Id}", () => Fit(snapshot, entity));
    }

    /// <summary>Tries the fullest briefing first and trims until it fits one message.</summary>
    private static Reply Fit(KnowledgeSnapshot snapshot, Entity entity)
    {
        Reply? reply = null;
        foreach (var (sentences, clip) in new[] { (4, 420), (3, 320), (2, 240), (1, 200) })
        {
            reply = Build(snapshot, entity, sentences, clip);
            if (PlainTextRenderer.Render(reply).Length <= MaxLength)
            {
                return reply;
            }
        }

        return reply!;
    }

    private static Reply Build(KnowledgeSnapshot snapshot, Entity entity, int maxSentences, int clip)
    {
        var body = new List<Block> { Line(Italic(Subtitle(entity))) };
        if (entity.Definition is { Length: > 0 } definition)
        {
            body.Add(Line(Bold("Definition: "), Plain(Clip(definition, clip))));
        }

        var key = KeySentences(snapshot, entity, maxSentences);
        if (key.Count > 0)
        {
            body.Add(Bullets(key.Select(s => Clip(s.Text, clip))));
        }

        var sections = new List<ReplySection>();
        if (entity.Quotes.Count > 0)
        {
            var quotes = entity.Quotes.Take(2).Select(q => (IReadOnlyList<Span>)[Italic($"“{Clip(q.Text, clip)}”")]);
            sections.Add(new ReplySection("Quotes", [Bullets(quotes)]));
        }

        if (RelatedBlock(snapshot, entity) is { } related)
        {
            sections.Add(new ReplySection("Related", related));
        }

        var readings = RelatedReading.For(snapshot, entity);
        if (readings.Count > 0)
        {
            var blocks = new List<Block> { Bullets(readings.Take(ShownReadings).Select(r => RelatedReading.Describe(r, snapshot, withArticle: false))) };
            if (readings.Count > ShownReadings)
            {
                blocks.Add(Line(Plain($"and {readings.Count - ShownReadings} more: "), Code($"/reading {entity.Name}")));
            }

            sections.Add(new ReplySection("Further reading", blocks));
        }

        return new Reply(ReplyStatus.Ok, entity.Name, body, sections, Sources(snapshot, entity), []);
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

    private static IReadOnlyList<Sentence> KeySentences(KnowledgeSnapshot snapshot, Entity entity, int count)
    {
        var definition = entity.Definition is null ? null : TextFolding.Fold(entity.Definition);
        var candidates = Candidates(snapshot, entity)
            .Where(s => definition is null || !TextFolding.Fold(s.Text).Contains(definition, StringComparison.Ordinal))
            .ToList();
        var fullName = TextFolding.Fold(entity.Name);
        // Naming the entity in full helps; a lead-in to a list ("... in May 2019:") says little on its own.
        return SentenceRanker.Top(candidates, snapshot.Index, count, s =>
            (TextFolding.Fold(s.Text).Contains(fullName, StringComparison.Ordinal) ? 1.25 : 1.0) *
            (s.Text.TrimEnd().EndsWith(':') ? 0.6 : 1.0));
    }

    /// <summary>
    /// The sentences that mention the entity, of a readable length. A very frequent entity keeps a spread:
    /// a few sentences from each of its most mentioning articles, so LexRank stays cheap.
    /// </summary>
    private static List<Sentence> Candidates(KnowledgeSnapshot snapshot, Entity entity)
    {
        var citations = snapshot.Remember("citation-places", () => snapshot.Readings.Select(r => r.Where).ToHashSet());
        var sentences = entity.Mentions
            .Distinct()
            .Where(m => !citations.Contains(m))
            .Select(snapshot.SentenceAt)
            .OfType<Sentence>()
            .Where(s => WordCount(s.Text) is >= 6 and <= 80 && EndsLikeASentence(s.Text))
            .ToList();
        if (sentences.Count <= MaxCandidates)
        {
            return sentences;
        }

        var byArticle = sentences.GroupBy(s => s.ArticleId)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Queue<Sentence>(g))
            .ToList();
        var spread = new List<Sentence>(MaxCandidates);
        while (spread.Count < MaxCandidates && byArticle.Any(q => q.Count > 0))
        {
            foreach (var queue in byArticle.Where(q => q.Count > 0))
            {
                spread.Add(queue.Dequeue());
                if (spread.Count == MaxCandidates)
                {
                    break;
                }
            }
        }

        return spread;
    }

    private static List<Block>? RelatedBlock(KnowledgeSnapshot snapshot, Entity entity)
    {
        var related = snapshot.Relations.RelatedTo(entity.Id);
        var blocks = new List<Block>();
        foreach (var kind in new[] { EntityKind.Actor, EntityKind.Expert, EntityKind.Concept })
        {
            var names = related.Where(r => r.Entity.Kind == kind).Select(r => r.Entity.Name).ToList();
            if (names.Count > 0)
            {
                blocks.Add(Line(Bold($"{KindLabels.Plural(kind)}: "), Plain(JoinWithMore(names, ShownRelatedPerKind))));
            }
        }

        return blocks.Count > 0 ? blocks : null;
    }

    private static List<string> Sources(KnowledgeSnapshot snapshot, Entity entity)
    {
        var titles = entity.Mentions
            .GroupBy(m => m.ArticleId)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => snapshot.FindArticle(g.Key)?.Title)
            .OfType<string>()
            .ToList();
        return titles.Count > ShownSources
            ? [.. titles.Take(ShownSources), $"and {titles.Count - ShownSources} more"]
            : titles;
    }

    /// <summary>Headings and list lines end without punctuation; a sentence ends with . ! ? or : (quotes aside).</summary>
    private static bool EndsLikeASentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '”', '’', '\'', ')', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':' or ';';
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
