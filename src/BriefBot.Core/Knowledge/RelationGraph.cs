namespace BriefBot.Core.Knowledge;

/// <summary>A related entity and how strongly: co-occurrences weighted 2 in one sentence, 1 in one paragraph.</summary>
public sealed record Relation(Entity Entity, double Weight);

/// <summary>Which entities occur together, from their mentions. Built once per snapshot.</summary>
public sealed class RelationGraph
{
    private const int KeptPerEntity = 30;
    private readonly Dictionary<string, IReadOnlyList<Relation>> _related;

    /// <param name="maxParallelism">Cores the build may use (<see cref="BuildParallelism"/>).</param>
    public RelationGraph(IReadOnlyList<Entity> entities, int maxParallelism = BuildParallelism.AllCores)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var coMentions = new CoMentions(entities);

        // Ties in weight go to the name first in ordinal order: rank the names once rather than compare strings per pair.
        var nameRank = new int[entities.Count];
        var byName = Enumerable.Range(0, entities.Count).ToArray();
        Array.Sort(byName, (x, y) => string.CompareOrdinal(entities[x].Name, entities[y].Name) is var c && c != 0 ? c : x.CompareTo(y));
        for (var r = 0; r < byName.Length; r++)
        {
            nameRank[byName[r]] = r;
        }

        // Each entity's neighbours are weighed on their own (in parallel), in a table as long as the entity list.
        var related = new Relation[]?[entities.Count];
        Parallel.For(
            0,
            entities.Count,
            BuildParallelism.Options(maxParallelism),
            () => new int[entities.Count],
            (a, _, weights) =>
            {
                related[a] = Strongest(a, coMentions, weights, nameRank, entities);
                return weights;
            },
            _ => { });

        _related = new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
        for (var a = 0; a < entities.Count; a++)
        {
            if (related[a] is { } kept)
            {
                _related[entities[a].Id] = kept;
            }
        }
    }

    /// <summary>The entities most often found with this one, strongest first.</summary>
    public IReadOnlyList<Relation> RelatedTo(string entityId) => _related.GetValueOrDefault(entityId) ?? [];

    /// <summary>
    /// The entity's strongest relations: over the paragraphs it shares with another, 2 for each where they share a
    /// sentence, else 1. <paramref name="weights"/> is all zeros before and after.
    /// </summary>
    private static Relation[]? Strongest(int entity, CoMentions coMentions, int[] weights, int[] nameRank, IReadOnlyList<Entity> entities)
    {
        var touched = new List<int>();
        coMentions.ForEachNeighbour(entity, (other, sameSentence) =>
        {
            if (weights[other] == 0)
            {
                touched.Add(other);
            }

            weights[other] += sameSentence ? 2 : 1;
        });
        if (touched.Count == 0)
        {
            return null;
        }

        var related = touched.ConvertAll(other => (Other: other, Weight: weights[other]));
        foreach (var other in touched)
        {
            weights[other] = 0;
        }

        related.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : nameRank[x.Other].CompareTo(nameRank[y.Other]));
        var kept = new Relation[Math.Min(KeptPerEntity, related.Count)];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = new Relation(entities[related[i].Other], related[i].Weight);
        }

        return kept;
    }
}
