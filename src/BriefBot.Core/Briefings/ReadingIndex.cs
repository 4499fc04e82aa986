using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Briefings;

/// <summary>
/// The snapshot's readings by topic and by author, built once per snapshot, so finding an entity's reading
/// looks at its own readings and not at every reading of the archive.
/// </summary>
internal sealed class ReadingIndex
{
    private static readonly IReadOnlyList<TopicPlace> NoPlaces = [];
    private static readonly IReadOnlyList<int> NoReadings = [];
    private readonly Dictionary<string, List<TopicPlace>> _byTopic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byAuthor = new(StringComparer.Ordinal);

    private ReadingIndex(IReadOnlyList<Reading> readings)
    {
        for (var r = 0; r < readings.Count; r++)
        {
            var reading = readings[r];
            for (var i = 0; i < reading.TopicIds.Count; i++)
            {
                var list = Slot(_byTopic, reading.TopicIds[i]);
                // A topic listed twice on one reading counts where it is listed first.
                if (list.Count == 0 || list[^1].Reading != r)
                {
                    list.Add(new TopicPlace(r, i));
                }
            }

            foreach (var author in reading.Authors)
            {
                var list = Slot(_byAuthor, TextFolding.Fold(author));
                if (list.Count == 0 || list[^1] != r)
                {
                    list.Add(r);
                }
            }
        }
    }

    public static ReadingIndex Of(KnowledgeSnapshot snapshot) =>
        snapshot.Remember("reading-index", () => new ReadingIndex(snapshot.Readings));

    /// <summary>The readings that list the topic, in snapshot order, each with where the topic stands in its list.</summary>
    public IReadOnlyList<TopicPlace> OnTopic(string entityId) => _byTopic.GetValueOrDefault(entityId) ?? NoPlaces;

    /// <summary>The readings with an author of this folded name, in snapshot order.</summary>
    public IReadOnlyList<int> ByAuthor(string foldedName) => _byAuthor.GetValueOrDefault(foldedName) ?? NoReadings;

    private static List<T> Slot<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        return list;
    }

    /// <param name="Reading">The reading's position in the snapshot's readings.</param>
    /// <param name="Position">Where the topic stands in the reading's topic list (0 = most relevant).</param>
    internal readonly record struct TopicPlace(int Reading, int Position);
}
