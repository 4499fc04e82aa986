using System.Buffers;
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

        var texts = new string[candidates.Count];
        var boosts = new double[candidates.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = candidates[i].Text;
            boosts[i] = boost(candidates[i]);
        }

        var chosen = Rank(texts, index, boosts, count);
        var result = new Sentence[chosen.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = candidates[chosen[i]];
        }

        return result;
    }

    /// <summary>
    /// The positions of the best <paramref name="count"/> texts, best first. Choosing is greedy, so the best
    /// three are always the first three of the best four.
    /// </summary>
    internal static List<int> Rank(IReadOnlyList<string> texts, SentenceIndex index, IReadOnlyList<double> boosts, int count)
    {
        var n = texts.Count;
        if (n == 0 || count <= 0)
        {
            return [];
        }

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var vectors = new TermVector[n];
        for (var i = 0; i < n; i++)
        {
            vectors[i] = TermVector.Of(texts[i], index, vocabulary);
        }

        var similarity = Similarities(vectors, vocabulary.Count);
        var rank = Centrality(similarity, n);

        var order = new int[n];
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            scores[i] = rank[i] * boosts[i];
        }

        // Highest score first, the earlier candidate on a tie (as a stable sort would).
        Array.Sort(order, (x, y) => scores[x] != scores[y] ? scores[y].CompareTo(scores[x]) : x.CompareTo(y));
        var chosen = new List<int>(Math.Min(count, n));
        foreach (var i in order)
        {
            if (chosen.Count == count)
            {
                break;
            }

            var distinct = true;
            foreach (var c in chosen)
            {
                if (similarity[(c * n) + i] >= DuplicateThreshold)
                {
                    distinct = false;
                    break;
                }
            }

            if (distinct)
            {
                chosen.Add(i);
            }
        }

        return chosen;
    }

    /// <summary>Cosine similarity of two texts' TF-IDF vectors; used to drop near-duplicates elsewhere too.</summary>
    public static double Similarity(string a, string b, SentenceIndex index)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(index);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var similarity = Similarities([TermVector.Of(a, index, vocabulary), TermVector.Of(b, index, vocabulary)], vocabulary.Count);
        return similarity[1];
    }

    /// <summary>
    /// Every pair's cosine, as an n×n row-major matrix. Each vector is spread once into a dense row over the
    /// candidates' own term ids, so a pair costs one pass over the shorter vector with no hashing.
    /// </summary>
    private static double[] Similarities(TermVector[] vectors, int terms)
    {
        var n = vectors.Length;
        var similarity = new double[n * n];
        var dense = ArrayPool<double>.Shared.Rent(Math.Max(1, n * terms));
        try
        {
            Array.Clear(dense, 0, n * terms);
            for (var i = 0; i < n; i++)
            {
                var row = dense.AsSpan(i * terms, terms);
                var vector = vectors[i];
                for (var t = 0; t < vector.Ids.Length; t++)
                {
                    row[vector.Ids[t]] = vector.Weights[t];
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var cos = Cosine(vectors, dense, terms, i, j);
                    similarity[(i * n) + j] = cos;
                    similarity[(j * n) + i] = cos;
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(dense);
        }

        return similarity;
    }

    /// <summary>Walks the smaller vector in its own term order, as the sum's order decides its last bits.</summary>
    private static double Cosine(TermVector[] vectors, double[] dense, int terms, int a, int b)
    {
        var (small, large) = vectors[a].Ids.Length <= vectors[b].Ids.Length ? (a, b) : (b, a);
        var smallVector = vectors[small];
        if (smallVector.Ids.Length == 0)
        {
            return 0;
        }

        var row = dense.AsSpan(large * terms, terms);
        var dot = 0.0;
        for (var t = 0; t < smallVector.Ids.Length; t++)
        {
            var other = row[smallVector.Ids[t]];
            if (other != 0)
            {
                dot += smallVector.Weights[t] * other;
            }
        }

        return dot == 0 ? 0 : dot / (vectors[a].Norm * vectors[b].Norm);
    }

    /// <summary>PageRank over the edges above the threshold, each edge's share of its source's degree worked out once.</summary>
    private static double[] Centrality(double[] similarity, int n)
    {
        var degree = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var cos = similarity[(i * n) + j];
                if (cos > EdgeThreshold)
                {
                    degree[i] += cos;
                    degree[j] += cos;
                }
            }
        }

        // In-edges of each sentence, sources in ascending order as the sum below always ran.
        var starts = new int[n + 1];
        var sources = new List<int>();
        var shares = new List<double>();
        for (var i = 0; i < n; i++)
        {
            starts[i] = sources.Count;
            for (var j = 0; j < n; j++)
            {
                var cos = similarity[(i * n) + j];
                if (i != j && cos > EdgeThreshold && degree[j] > 0)
                {
                    sources.Add(j);
                    shares.Add(cos / degree[j]);
                }
            }
        }

        starts[n] = sources.Count;
        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var e = starts[i]; e < starts[i + 1]; e++)
                {
                    sum += shares[e] * rank[sources[e]];
                }

                next[i] = ((1 - Damping) / n) + (Damping * sum);
            }

            (rank, next) = (next, rank);
        }

        return rank;
    }

    /// <summary>A text's TF-IDF weights by term id, in the order its terms first occur.</summary>
    private readonly record struct TermVector(int[] Ids, double[] Weights, double Norm)
    {
        public static TermVector Of(string text, SentenceIndex index, Dictionary<string, int> vocabulary)
        {
            var ids = new List<int>();
            var counts = new List<double>();
            var terms = new List<string>();
            foreach (var term in SearchTokenizer.Terms(text))
            {
                if (!vocabulary.TryGetValue(term, out var id))
                {
                    id = vocabulary.Count;
                    vocabulary[term] = id;
                }

                var at = ids.IndexOf(id);
                if (at < 0)
                {
                    ids.Add(id);
                    counts.Add(1);
                    terms.Add(term);
                }
                else
                {
                    counts[at]++;
                }
            }

            var weights = new double[ids.Count];
            var squares = 0.0;
            for (var t = 0; t < weights.Length; t++)
            {
                weights[t] = counts[t] * index.Idf(terms[t]);
                squares += weights[t] * weights[t];
            }

            return new TermVector([.. ids], weights, Math.Sqrt(squares));
        }
    }
}
