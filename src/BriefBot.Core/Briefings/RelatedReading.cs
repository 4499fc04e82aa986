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
        return snapshot.Remember($"reading:{entity.Id}", () =>
        {
            var names = entity.Aliases.Prepend(entity.Name).Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
            return snapshot.Readings
                .Select(r => (Reading: r, Rank: Rank(r, entity, names)))
                .Where(x => x.Rank < int.MaxValue)
                .OrderBy(x => x.Rank)
                .ThenByDescending(x => x.Reading.Date)
                .ThenBy(x => x.Reading.Title, StringComparer.Ordinal)
                .Select(x => x.Reading)
                .ToList();
        });
    }

    /// <summary>"8 June 2018 — “Title” — Author (cited in: Article)".</summary>
    public static string Describe(Reading reading, KnowledgeSnapshot snapshot, bool withArticle)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(snapshot);
        var parts = new List<string>();
        if (reading.Date is { } date)
        {
            parts.Add(date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
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

    private static int Rank(Reading reading, Entity entity, HashSet<string> names)
    {
        if (reading.Authors.Any(a => names.Contains(TextFolding.Fold(a))))
        {
            return 0;
        }

        for (var i = 0; i < reading.TopicIds.Count; i++)
        {
            if (string.Equals(reading.TopicIds[i], entity.Id, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return int.MaxValue;
    }
}
