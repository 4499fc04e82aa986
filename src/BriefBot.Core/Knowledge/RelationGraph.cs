using System.Runtime.InteropServices;

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

        // Ties in weight go to the name first in ordinal order: rank the names once rather than compare strings per pair.
        var nameRank = new int[entities.Count];
        var byName = Enumerable.Range(0, entities.Count).ToArray();
        Array.Sort(byName, (x, y) => string.CompareOrdinal(entities[x].Name, entities[y].Name) is var c && c != 0 ? c : x.CompareTo(y));
        for (var r = 0; r < byName.Length; r++)
        {
            nameRank[byName[r]] = r;
        }

        _related = new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
        for (var a = 0; a < entities.Count; a++)
        {
            if (byEntity[a] is not { } related)
            {
                continue;
            }

            related.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : nameRank[x.Other].CompareTo(nameRank[y.Other]));
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

    private static bool ShareASentence(List<long> sorted, (int Entity, int Start, int End) a, (int Entity, int Start, int End) b)
    {
        int x = a.Start, y = b.Start;
        while (x < a.End && y < b.End)
        {
            var (sa, sb) = ((int)sorted[x], (int)sorted[y]);
            if (sa == sb)
            {
                return true;
            }

            if (sa < sb)
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return false;
    }

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
        var weights = new Dictionary<long, int>(PairComparer.Instance);
        var scratch = new List<long>();
        var runs = new List<(int Entity, int Start, int End)>();
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && places[end] == places[start])
            {
                end++;
            }

            // The paragraph's mentions sorted by entity then sentence: one run of sentences per entity.
            scratch.Clear();
            for (var x = start; x < end; x++)
            {
                scratch.Add(((long)occurrences[x].Entity << 32) | (uint)occurrences[x].Sentence);
            }

            scratch.Sort();
            runs.Clear();
            for (var x = 0; x < scratch.Count;)
            {
                var entity = (int)(scratch[x] >> 32);
                var y = x + 1;
                while (y < scratch.Count && (int)(scratch[y] >> 32) == entity)
                {
                    y++;
                }

                runs.Add((entity, x, y));
                x = y;
            }

            for (var i = 0; i < runs.Count; i++)
            {
                for (var j = i + 1; j < runs.Count; j++)
                {
                    var key = ((long)runs[i].Entity << 32) | (uint)runs[j].Entity;
                    CollectionsMarshal.GetValueRefOrAddDefault(weights, key, out _) += ShareASentence(scratch, runs[i], runs[j]) ? 2 : 1;
                }
            }

            start = end;
        }

        return weights;
    }

    /// <summary>
    /// A long's own hash is its two halves XORed, which for a pair of small entity indexes leaves a few thousand
    /// buckets for millions of pairs; mixing the bits spreads them.
    /// </summary>
    private sealed class PairComparer : IEqualityComparer<long>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
    }
}
