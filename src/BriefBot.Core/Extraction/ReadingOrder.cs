using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>Puts an entity's mentions in reading order (article, paragraph, sentence), each once.</summary>
internal static class ReadingOrder
{
    /// <param name="scanned">The mention scan's: almost always in reading order already, each once.</param>
    /// <param name="seen">Where the finders saw the entity: any order, repeats allowed.</param>
    /// <param name="articleOrder">Where an article stands in the corpus.</param>
    /// <returns>An array of their number: what an <see cref="Entity"/> keeps (it would copy anything else into one).</returns>
    public static Mention[] Of(IReadOnlyList<Mention>? scanned, List<Mention> seen, Func<string, int> articleOrder)
    {
        scanned ??= [];
        if (!IsOrdered(scanned, articleOrder))
        {
            return [.. Sorted([.. scanned, .. seen], articleOrder)];
        }

        // The big lists (a state named in thousands of articles) are the scan's, already in order: only the few
        // sightings are sorted, then the two are merged. With none, the scan's list is the answer.
        if (seen.Count == 0)
        {
            return scanned as Mention[] ?? [.. scanned];
        }

        var extra = Sorted(seen, articleOrder);
        var result = new Mention[scanned.Count + extra.Count];
        int i = 0, j = 0, count = 0;
        while (i < scanned.Count || j < extra.Count)
        {
            var next = j == extra.Count || (i < scanned.Count && Compare(scanned[i], extra[j], articleOrder) <= 0) ? scanned[i++] : extra[j++];
            if (count == 0 || result[count - 1] != next)
            {
                result[count++] = next;
            }
        }

        if (count < result.Length)
        {
            Array.Resize(ref result, count);
        }

        return result;
    }

    private static List<Mention> Sorted(List<Mention> mentions, Func<string, int> articleOrder)
    {
        var keyed = new (int Article, Mention Mention)[mentions.Count];
        for (var k = 0; k < keyed.Length; k++)
        {
            keyed[k] = (articleOrder(mentions[k].ArticleId), mentions[k]);
        }

        Array.Sort(keyed, static (a, b) =>
            a.Article != b.Article ? a.Article.CompareTo(b.Article)
            : string.CompareOrdinal(a.Mention.ArticleId, b.Mention.ArticleId) is var byId and not 0 ? byId
            : a.Mention.Paragraph != b.Mention.Paragraph ? a.Mention.Paragraph.CompareTo(b.Mention.Paragraph)
            : a.Mention.Sentence.CompareTo(b.Mention.Sentence));
        var result = new List<Mention>(keyed.Length);
        foreach (var (_, mention) in keyed)
        {
            if (result.Count == 0 || result[^1] != mention)
            {
                result.Add(mention);
            }
        }

        return result;
    }

    private static bool IsOrdered(IReadOnlyList<Mention> mentions, Func<string, int> articleOrder)
    {
        for (var k = 1; k < mentions.Count; k++)
        {
            if (Compare(mentions[k - 1], mentions[k], articleOrder) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int Compare(Mention a, Mention b, Func<string, int> articleOrder)
    {
        if (!ReferenceEquals(a.ArticleId, b.ArticleId) && !string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal))
        {
            return articleOrder(a.ArticleId).CompareTo(articleOrder(b.ArticleId));
        }

        return a.Paragraph != b.Paragraph ? a.Paragraph.CompareTo(b.Paragraph) : a.Sentence.CompareTo(b.Sentence);
    }
}
