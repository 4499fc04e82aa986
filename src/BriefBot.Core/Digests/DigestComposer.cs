using System.Globalization;
using BriefBot.Core.Briefings;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Text;

namespace BriefBot.Core.Digests;

/// <summary>
/// Builds a chat's digest from the snapshot: the articles added since its previous digest that concern its topics, a
/// short briefing of the day on one of its topics, then 3–5 readings it has not received, each with date, title,
/// authors, the citing article and why it is related.
/// Pure: the caller records what was sent.
/// </summary>
public static class DigestComposer
{
    /// <summary>Under Discord's 2,000-character message limit with room for rendering marks; far under Telegram's 4,096.</summary>
    public const int MaxLength = 1_900;

    private const int MinItems = 3;

    public static ComposedDigest Compose(DigestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var snapshot = request.Snapshot;
        if (!ReferenceEquals(request.Briefings.Snapshot, snapshot))
        {
            throw new ArgumentException("The briefings must be composed on the digest's snapshot.", nameof(request));
        }

        var topics = request.TopicIds.Select(snapshot.FindEntity).OfType<Entity>().ToList();
        var vanished = request.TopicIds.Where(id => snapshot.FindEntity(id) is null).ToList();
        var candidates = RankCandidates(snapshot, topics);
        var (items, restarted) = DigestItemSelector.Select(candidates, request.Received, request.ItemCount);
        var briefingEntity = BriefingOfTheDay.ChooseTopic(snapshot, topics, request.LocalDate);
        var fresh = NewArticles.Select(snapshot, topics, request.NewSince);

        var itemCount = items.Count;
        var freshCount = Math.Min(fresh.Count, NewArticles.MaxShown);
        var briefingLength = 280;
        while (true)
        {
            var reply = Render(request, topics, items.Take(itemCount).ToList(), restarted, briefingEntity, briefingLength, fresh, freshCount);
            reply = WithVanishedTopics(reply, vanished, topics.Count);
            var canShrink = freshCount > 1 || itemCount > MinItems || briefingLength > 80;
            if (ReplyLength.Of(reply) <= MaxLength || !canShrink)
            {
                return new ComposedDigest(reply, items.Take(itemCount).Select(r => r.Id).ToList(), restarted);
            }

            // New articles give way first down to two, then readings down to three, then the briefing, then the last new one.
            if (freshCount > 2)
            {
                freshCount--;
            }
            else if (itemCount > MinItems)
            {
                itemCount--;
            }
            else if (briefingLength > 80)
            {
                briefingLength -= 60;
            }
            else
            {
                freshCount--;
            }
        }
    }

    /// <summary>
    /// Topics the articles no longer mention (removed by a reload) are named at the end of the digest; the
    /// subscription keeps working on the topics left, or on the whole collection when none are.
    /// </summary>
    private static Reply WithVanishedTopics(Reply reply, IReadOnlyList<string> vanished, int remaining)
    {
        if (vanished.Count == 0)
        {
            return reply;
        }

        var names = string.Join(", ", vanished.Select(NameFromId));
        var scope = remaining == 0 ? "this digest covers the whole collection" : "this digest covers your other topics";
        var note = new Paragraph([new Span($"No longer in the articles: {ReplyText.Clip(names, 200)} — {scope}. Send /subscribe with new topics to change it.", SpanStyle.Italic)]);
        return reply with { Body = [.. reply.Body, note] };
    }

    /// <summary>"concept:soft-power" → "soft power": the name of an entity that is gone, from its id.</summary>
    private static string NameFromId(string id) => id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace('-', ' ');

    /// <summary>Readings about the topics (all readings for the whole corpus), most relevant first.</summary>
    internal static IReadOnlyList<Reading> RankCandidates(KnowledgeSnapshot snapshot, IReadOnlyList<Entity> topics)
    {
        if (topics.Count == 0)
        {
            return snapshot.Remember("digest-candidates:whole-collection", () => snapshot.Readings
                .OrderByDescending(r => r.SortDate ?? DateOnly.MinValue)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .ToList());
        }

        // Only readings that list a topic can be candidates: the index gives them without a pass over the archive.
        var index = ReadingIndex.Of(snapshot);
        var topicIds = new HashSet<string>(StringComparer.Ordinal);
        var positions = new HashSet<int>();
        foreach (var topic in topics)
        {
            topicIds.Add(topic.Id);
            foreach (var place in index.OnTopic(topic.Id))
            {
                positions.Add(place.Reading);
            }
        }

        var readings = snapshot.Readings;
        var ranked = new List<Candidate>(positions.Count);
        foreach (var position in positions)
        {
            var reading = readings[position];
            ranked.Add(new Candidate(position, Shared(reading, topicIds), BestRank(reading, topicIds), reading.SortDate ?? DateOnly.MinValue));
        }

        ranked.Sort((a, b) =>
        {
            var order = b.Shared.CompareTo(a.Shared);
            order = order != 0 ? order : a.BestRank.CompareTo(b.BestRank);
            order = order != 0 ? order : b.Date.CompareTo(a.Date);
            order = order != 0 ? order : string.CompareOrdinal(readings[a.Position].Id, readings[b.Position].Id);
            return order != 0 ? order : a.Position.CompareTo(b.Position);
        });
        var result = new List<Reading>(ranked.Count);
        foreach (var candidate in ranked)
        {
            result.Add(readings[candidate.Position]);
        }

        return result;
    }

    private static int Shared(Reading reading, HashSet<string> topicIds)
    {
        var shared = 0;
        foreach (var id in reading.TopicIds)
        {
            if (topicIds.Contains(id))
            {
                shared++;
            }
        }

        return shared;
    }

    private static int BestRank(Reading reading, HashSet<string> topicIds)
    {
        for (var i = 0; i < reading.TopicIds.Count; i++)
        {
            if (topicIds.Contains(reading.TopicIds[i]))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static Reply Render(
        DigestRequest request,
        IReadOnlyList<Entity> topics,
        IReadOnlyList<Reading> items,
        bool restarted,
        Entity? briefingEntity,
        int briefingLength,
        IReadOnlyList<NewArticle> fresh,
        int freshCount)
    {
        var snapshot = request.Snapshot;
        var body = new List<Block>();
        if (fresh.Count > 0)
        {
            var heading = fresh.Count == 1 ? "1 new article" : $"{fresh.Count} new articles";
            body.Add(new Paragraph([new Span(heading, SpanStyle.Bold), new Span(" since your last digest:")]));
            body.Add(new BulletList(fresh.Take(freshCount).Select(NewArticles.Render).ToList()));
            if (fresh.Count > freshCount)
            {
                body.Add(new Paragraph([new Span($"… and {fresh.Count - freshCount} more: /sources lists every article.", SpanStyle.Italic)]));
            }
        }

        if (briefingEntity is not null)
        {
            body.Add(BriefingOfTheDay.Render(request.Briefings, briefingEntity, briefingLength));
        }

        var about = topics.Count == 0 ? "the whole collection" : string.Join(", ", topics.Select(t => t.Name));
        if (items.Count == 0)
        {
            body.Add(new Paragraph([new Span($"No further reading found on {ReplyText.Clip(about, 200)} yet.")]));
        }
        else
        {
            body.Add(new Paragraph([new Span("Further reading", SpanStyle.Bold), new Span($" on {ReplyText.Clip(about, 200)}:")]));
            body.Add(new BulletList(items.Select(r => RenderItem(snapshot, r, topics)).ToList()));
        }

        if (restarted)
        {
            body.Add(new Paragraph([new Span("You have now received every reading on these topics, so the rotation starts again.", SpanStyle.Italic)]));
        }

        var title = request.IsPreview
            ? "Digest preview"
            : "Your digest for " + request.LocalDate.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
        return new Reply(ReplyStatus.Ok, title, body, [], [], []);
    }

    private static IReadOnlyList<Span> RenderItem(KnowledgeSnapshot snapshot, Reading reading, IReadOnlyList<Entity> topics)
    {
        var date = reading.DateText("d MMM yyyy") ?? "undated";
        var authors = reading.Authors.Count == 0 ? "author unknown" : ReplyText.Clip(string.Join(", ", reading.Authors), 80);
        var article = snapshot.FindArticle(reading.ArticleId)?.Title ?? reading.ArticleId;
        return
        [
            new Span(date + " — "),
            new Span(ReplyText.Clip(reading.Title, 140), SpanStyle.Bold),
            new Span($" — {ShownText.EndSentence(authors)} Cited in "),
            new Span(ShownText.EndSentence(ReplyText.Clip(article, 90)), SpanStyle.Italic),
            new Span(" " + WhyRelated(snapshot, reading, topics)),
        ];
    }

    /// <summary>
    /// One line on what the reading shares with the chat's topics: the closest of them and how close (its title names
    /// it, the sentence citing it does, its paragraph, its article), then what else the citation is about. For the whole
    /// corpus, what it is about.
    /// </summary>
    private static string WhyRelated(KnowledgeSnapshot snapshot, Reading reading, IReadOnlyList<Entity> topics)
    {
        var topicIds = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var shared = topics.Where(t => reading.TopicIds.Contains(t.Id, StringComparer.Ordinal)).ToList();
        if (shared.Count > 0)
        {
            var (closest, closeness) = shared
                .Select(t => (Topic: t, Closeness: RelatedReading.ClosenessOf(snapshot, t, reading)))
                .OrderBy(x => x.Closeness)
                .ThenBy(x => IndexOf(reading.TopicIds, x.Topic.Id))
                .First();
            var line = closeness switch
            {
                Closeness.Title when reading.Authors.Any(a => string.Equals(a, closest.Name, StringComparison.OrdinalIgnoreCase)) => $"By {closest.Name}",
                Closeness.Title or Closeness.TitleWord => $"Its title is on {closest.Name}",
                Closeness.Citation => $"Cited on {closest.Name}",
                Closeness.Paragraph => $"Cited in a passage on {closest.Name}",
                _ => $"Cited in an article on {closest.Name}",
            };
            var others = NameList(snapshot, reading.TopicIds.Where(id => !topicIds.Contains(id)).Take(2));
            return ReplyText.Clip(others.Length > 0 ? $"{line}, alongside {others}." : line + ".", 120);
        }

        var about = NameList(snapshot, reading.TopicIds.Take(3));
        return about.Length > 0 ? ReplyText.Clip($"About {about}.", 120) : "Cited alongside the day's briefing.";
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string NameList(KnowledgeSnapshot snapshot, IEnumerable<string> ids)
    {
        var names = ids.Select(id => snapshot.FindEntity(id)?.Name).OfType<string>().ToList();
        return names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    /// <param name="Position">The reading's position in the snapshot's readings (the final tie-break, as a stable sort keeps).</param>
    private readonly record struct Candidate(int Position, int Shared, int BestRank, DateOnly Date);
}

/// <param name="TopicIds">The chat's topics; empty for the whole corpus.</param>
/// <param name="Received">Readings the chat has received in the current rotation.</param>
/// <param name="LocalDate">The chat's local date the digest is for (chooses the briefing of the day).</param>
/// <param name="IsPreview"><c>/digest</c>: the same content, titled as a preview.</param>
/// <param name="NewSince">When the chat's previous digest went out: articles added after it lead the digest. Null: none do.</param>
public sealed record DigestRequest(
    KnowledgeSnapshot Snapshot,
    IReadOnlyList<string> TopicIds,
    IReadOnlySet<string> Received,
    DateOnly LocalDate,
    int ItemCount,
    bool IsPreview = false,
    DateTimeOffset? NewSince = null)
{
    /// <summary>
    /// The replies composed on <see cref="Snapshot"/>, where the briefing of the day is taken from: the snapshot holder's,
    /// so that it is composed once however many chats get it; by default, ones for this digest alone.
    /// </summary>
    public ComposedReplies Briefings { get; init; } = new(Snapshot);
}
