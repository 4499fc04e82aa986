using BriefBot.Core.Content;
using BriefBot.Core.Search;

namespace BriefBot.Core.Briefings;

/// <summary>
/// Picks the most informative sentences with LexRank: TF-IDF cosine similarity between candidates,
/// then the stationary distribution of a random walk over that graph (PageRank with damping 0.85).
/// Near-duplicates of an already chosen sentence are skipped.
/// </summary>
public static class SentenceRanker
{
    private const double Damping = 0.85;
    private const int Iterations = 40;
    private const double EdgeThreshold = 0.08;
    private const double DuplicateThreshold = 0.6;

    /// <param name="boost">Multiplies a sentence's centrality (e.g. 1.3 when it names the entity in full).</param>
    public static IReadOnlyList<Sentence> Top(IReadOnlyList<Sentence> candidates, SentenceIndex index, int count, Func<Sentence, double> boost)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(boost);
        if (candidates.Count == 0 || count <= 0)
        {
            return [];
        }

        var vectors = candidates.Select(s => Vector(s.Text, index)).ToArray();
        var n = vectors.Length;
        var similarity = new double[n, n];
        var degree = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var cos = Cosine(vectors[i], vectors[j]);
                similarity[i, j] = similarity[j, i] = cos;
                if (cos > EdgeThreshold)
                {
                    degree[i] += cos;
                    degree[j] += cos;
                }
            }
        }

        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                {
                    if (i != j && similarity[i, j] > EdgeThreshold && degree[j] > 0)
                    {
                        sum += similarity[i, j] / degree[j] * rank[j];
                    }
                }

                next[i] = ((1 - Damping) / n) + (Damping * sum);
            }

            rank = next;
        }

        var order = Enumerable.Range(0, n)
            .OrderByDescending(i => rank[i] * boost(candidates[i]))
            .ThenBy(i => i)
            .ToList();
        var chosen = new List<int>();
        foreach (var i in order)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (chosen.All(c => similarity[c, i] < DuplicateThreshold))
            {
                chosen.Add(i);
            }
        }

        return chosen.Select(i => candidates[i]).ToList();
    }

    /// <summary>Cosine similarity of two texts' TF-IDF vectors; used to drop near-duplicates elsewhere too.</summary>
    public static double Similarity(string a, string b, SentenceIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Cosine(Vector(a, index), Vector(b, index));
    }

    private static Dictionary<string, double> Vector(string text, SentenceIndex index)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in SearchTokenizer.Terms(text))
        {
            vector[term] = vector.GetValueOrDefault(term) + 1;
        }

        foreach (var term in vector.Keys.ToList())
        {
            vector[term] *= index.Idf(term);
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        return dot == 0 ? 0 : dot / (Norm(a) * Norm(b));
    }

    private static double Norm(Dictionary<string, double> vector) => Math.Sqrt(vector.Values.Sum(v => v * v));
}
