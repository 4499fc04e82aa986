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
    /// The works the entity wrote (under any of its names) or is a topic of, by how closely they concern it
    /// (<see cref="Closeness"/>: its title, the sentence or lead-in citing it, its paragraph, its article), then newest
    /// first, then by title, then in the order the articles cite them.
    /// </summary>
    private static List<Reading> Find(KnowledgeSnapshot snapshot, Entity entity)
    {
        var index = ReadingIndex.Of(snapshot);
        var found = new HashSet<int>();
        foreach (var place in index.OnTopic(entity.Id))
        {
            found.Add(place.Reading);
        }

        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            foreach (var reading in index.ByAuthor(TextFolding.Fold(name)))
            {
                found.Add(reading);
            }
        }

        var readings = snapshot.Readings;
        var relevance = new ReadingRelevance(snapshot, entity); // the list is remembered; its sets need not be
        var ranked = found.Select(r => (Position: r, Closeness: relevance.Of(readings[r]))).ToList();
        ranked.Sort((a, b) =>
        {
            if (a.Closeness != b.Closeness)
            {
                return a.Closeness.CompareTo(b.Closeness);
            }

            var x = readings[a.Position];
            var y = readings[b.Position];
            var byDate = Nullable.Compare(y.SortDate, x.SortDate);
            if (byDate != 0)
            {
                return byDate;
            }

            var byTitle = string.CompareOrdinal(x.Title, y.Title);
            return byTitle != 0 ? byTitle : a.Position.CompareTo(b.Position);
        });
        var result = new List<Reading>(ranked.Count);
        foreach (var (position, _) in ranked)
        {
            result.Add(readings[position]);
        }

        return result;
    }

    /// <summary>How closely a work concerns a topic (<see cref="Closeness"/>).</summary>
    public static Closeness ClosenessOf(KnowledgeSnapshot snapshot, Entity topic, Reading reading)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(reading);
        return ReadingRelevance.For(snapshot, topic).Of(reading);
    }
}
