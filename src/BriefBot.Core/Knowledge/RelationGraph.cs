namespace BriefBot.Core.Knowledge;

/// <summary>A related entity and how strongly: co-occurrences weighted 2 in one sentence, 1 in one paragraph.</summary>
public sealed record Relation(Entity Entity, double Weight);

/// <summary>Which entities occur together, from their mentions. Built once per snapshot.</summary>
public sealed class RelationGraph
{
    private const int KeptPerEntity = 30;
    private readonly Dictionary<string, IReadOnlyList<Relation>> _related;

    public RelationGraph(IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var weights = PairWeights(entities);
        var byEntity = new List<(int Other, int Weight)>[entities.Count];
        foreach (var (pair, weight) in weights)
        {
            var (a, b) = ((int)(pair >> 32), (int)pair);
            (byEntity[a] ??= []).Add((b, weight));
            (byEntity[b] ??= []).Add((a, weight));
        }

        _related = new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
        for (var a = 0; a < entities.Count; a++)
        {
            if (byEntity[a] is not { } related)
            {
                continue;
            }

            related.Sort((x, y) =>
                y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight)
                : string.CompareOrdinal(entities[x.Other].Name, entities[y.Other].Name) is var byName && byName != 0 ? byName
                : x.Other.CompareTo(y.Other));
            var kept = new Relation[Math.Min(KeptPerEntity, related.Count)];
            for (var i = 0; i < kept.Length; i++)
            {
                kept[i] = new Relation(entities[related[i].Other], related[i].Weight);
            }

            _related[entities[a].Id] = kept;
        }
    }

    /// <summary>The entities most often found with this one, strongest first.</summary>
    public IReadOnlyList<Relation> RelatedTo(string entityId) => _related.GetValueOrDefault(entityId) ?? [];

    /// <summary>
    /// For each pair of entities (lower index in the high half of the key), the sum over the paragraphs they share of
    /// 2 when they share a sentence there, else 1. Mentions are sorted by paragraph so each paragraph is one run.
    /// </summary>
    private static Dictionary<long, int> PairWeights(IReadOnlyList<Entity> entities)
    {
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var entity in entities)
        {
            count += entity.Mentions.Count;
        }

        var places = new long[count];
        var occurrences = new (int Entity, int Sentence)[count];
        var at = 0;
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var mention in entities[i].Mentions)
            {
                if (!articles.TryGetValue(mention.ArticleId, out var article))
                {
                    articles[mention.ArticleId] = article = articles.Count;
                }

                places[at] = ((long)article << 32) | (uint)mention.Paragraph;
                occurrences[at++] = (i, mention.Sentence);
            }
        }

        Array.Sort(places, occurrences);
        var weights = new Dictionary<long, int>();
        var best = new Dictionary<long, int>();
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && places[end] == places[start])
            {
                end++;
            }

            best.Clear();
            for (var x = start; x < end; x++)
            {
                for (var y = x + 1; y < end; y++)
                {
                    var (a, sa) = occurrences[x];
                    var (b, sb) = occurrences[y];
                    if (a != b)
                    {
                        var key = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
                        var weight = sa == sb ? 2 : 1;
                        if (best.GetValueOrDefault(key) < weight)
                        {
                            best[key] = weight;
                        }
                    }
                }
            }

            foreach (var (pair, weight) in best)
            {
                weights[pair] = weights.GetValueOrDefault(pair) + weight;
            }

            start = end;
        }

        return weights;
    }
}
