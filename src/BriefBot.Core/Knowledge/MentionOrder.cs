namespace BriefBot.Core.Knowledge;

/// <summary>
/// Looks places up in an entity's mentions, which are kept in reading order (article as the corpus orders them,
/// paragraph, sentence): a binary search, so that asking about a few places costs nothing like hashing thousands.
/// </summary>
internal static class MentionOrder
{
    /// <summary>Whether the entity mentions the sentence at <paramref name="place"/>.</summary>
    public static bool Mentions(KnowledgeSnapshot snapshot, Entity entity, Mention place) =>
        Find(snapshot, entity.Mentions, place) is var (index, found) && found && index >= 0;

    /// <summary>Whether the entity is mentioned anywhere in the paragraph of <paramref name="place"/>.</summary>
    public static bool MentionsParagraph(KnowledgeSnapshot snapshot, Entity entity, string articleId, int paragraph)
    {
        var (index, _) = Find(snapshot, entity.Mentions, new Mention(articleId, paragraph, -1));
        var mentions = entity.Mentions;
        return index < mentions.Count && mentions[index].Paragraph == paragraph && string.Equals(mentions[index].ArticleId, articleId, StringComparison.Ordinal);
    }

    /// <summary>The entity's mentions in one article, in reading order (a binary search to the first, then a walk).</summary>
    public static IEnumerable<Mention> InArticle(KnowledgeSnapshot snapshot, Entity entity, string articleId)
    {
        var (index, _) = Find(snapshot, entity.Mentions, new Mention(articleId, 0, 0));
        var mentions = entity.Mentions;
        for (var i = index; i < mentions.Count && string.Equals(mentions[i].ArticleId, articleId, StringComparison.Ordinal); i++)
        {
            yield return mentions[i];
        }
    }

    /// <summary>The first mention at or after <paramref name="place"/>, and whether it is that place.</summary>
    private static (int Index, bool Found) Find(KnowledgeSnapshot snapshot, IReadOnlyList<Mention> mentions, Mention place)
    {
        var order = ArticleOrder(snapshot);
        var article = order.GetValueOrDefault(place.ArticleId, -1);
        if (article < 0)
        {
            return (mentions.Count, false);
        }

        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = mentions[mid];
            var c = Compare(order.GetValueOrDefault(m.ArticleId, int.MaxValue), m.Paragraph, m.Sentence, article, place.Paragraph, place.Sentence);
            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo, lo < mentions.Count && mentions[lo] == place);
    }

    private static int Compare(int a1, int p1, int s1, int a2, int p2, int s2) =>
        a1 != a2 ? a1.CompareTo(a2) : p1 != p2 ? p1.CompareTo(p2) : s1.CompareTo(s2);

    private static Dictionary<string, int> ArticleOrder(KnowledgeSnapshot snapshot) =>
        snapshot.Remember("article-order", () =>
        {
            var order = new Dictionary<string, int>(snapshot.Articles.Count, StringComparer.Ordinal);
            for (var i = 0; i < snapshot.Articles.Count; i++)
            {
                order.TryAdd(snapshot.Articles[i].Id, i);
            }

            return order;
        });
}
