using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Briefings;

/// <summary>The reading that goes with an entity: works it is a topic of, and works an expert wrote.</summary>
public static class RelatedReading
{
    public static IReadOnlyList<Reading> For(KnowledgeSnapshot snapshot, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(entity);
        return snapshot.Remember($"reading:{entity.Id}", () => Find(snapshot, entity));
    }

    /// <summary>"8 June 2018 — “Title” — Author (cited in: Article)".</summary>
    public static string Describe(Reading reading, KnowledgeSnapshot snapshot, bool withArticle)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(snapshot);
        var parts = new List<string>();
        if (reading.DateText("d MMMM yyyy") is { } date)
        {
            parts.Add(date);
        }

        parts.Add($"“{reading.Title}”");
        if (reading.Authors.Count > 0)
        {
            parts.Add(string.Join(" and ", reading.Authors));
        }

        var text = string.Join(" — ", parts);
        if (withArticle && snapshot.FindArticle(reading.ArticleId) is { } article)
        {
            text += $" (cited in {article.Title})";
        }

        return text;
    }

    /// <summary>
    /// Works the entity wrote (under any of its names) first, then works by where it stands in their topics;
    /// newest first, then by title, then in the order the articles cite them.
    /// </summary>
    private static List<Reading> Find(KnowledgeSnapshot snapshot, Entity entity)
    {
        var index = ReadingIndex.Of(snapshot);
        var ranks = new Dictionary<int, int>();
        foreach (var place in index.OnTopic(entity.Id))
        {
            ranks[place.Reading] = place.Position + 1;
        }

        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            foreach (var reading in index.ByAuthor(TextFolding.Fold(name)))
            {
                ranks[reading] = 0;
            }
        }

        var readings = snapshot.Readings;
        var found = new List<KeyValuePair<int, int>>(ranks);
        found.Sort((a, b) =>
        {
            if (a.Value != b.Value)
            {
                return a.Value.CompareTo(b.Value);
            }

            var x = readings[a.Key];
            var y = readings[b.Key];
            var byDate = Nullable.Compare(y.SortDate, x.SortDate);
            if (byDate != 0)
            {
                return byDate;
            }

            var byTitle = string.CompareOrdinal(x.Title, y.Title);
            return byTitle != 0 ? byTitle : a.Key.CompareTo(b.Key);
        });
        var result = new List<Reading>(found.Count);
        foreach (var (reading, _) in found)
        {
            result.Add(readings[reading]);
        }

        return result;
    }
}
