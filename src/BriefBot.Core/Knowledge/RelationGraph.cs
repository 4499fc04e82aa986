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
        var byParagraph = new Dictionary<(string Article, int Paragraph), List<(int Entity, int Sentence)>>();
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var mention in entities[i].Mentions)
            {
                var key = (mention.ArticleId, mention.Paragraph);
                if (!byParagraph.TryGetValue(key, out var list))
                {
                    byParagraph[key] = list = [];
                }

                list.Add((i, mention.Sentence));
            }
        }

        var weights = new Dictionary<(int, int), double>();
        foreach (var occurrences in byParagraph.Values)
        {
            var best = new Dictionary<(int, int), double>();
            foreach (var (a, sa) in occurrences)
            {
                foreach (var (b, sb) in occurrences)
                {
                    if (a != b)
                    {
                        var weight = sa == sb ? 2.0 : 1.0;
                        if (best.GetValueOrDefault((a, b)) < weight)
                        {
                            best[(a, b)] = weight;
                        }
                    }
                }
            }

            foreach (var (pair, weight) in best)
            {
                weights[pair] = weights.GetValueOrDefault(pair) + weight;
            }
        }

        _related = weights
            .GroupBy(w => w.Key.Item1)
            .ToDictionary(
                g => entities[g.Key].Id,
                g => (IReadOnlyList<Relation>)g
                    .OrderByDescending(w => w.Value)
                    .ThenBy(w => entities[w.Key.Item2].Name, StringComparer.Ordinal)
                    .Take(KeptPerEntity)
                    .Select(w => new Relation(entities[w.Key.Item2], w.Value))
                    .ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>The entities most often found with this one, strongest first.</summary>
    public IReadOnlyList<Relation> RelatedTo(string entityId) => _related.GetValueOrDefault(entityId) ?? [];
}
