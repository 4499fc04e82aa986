using BriefBot.Core.Content;

namespace BriefBot.Core.Search;

/// <summary>A hit: a sentence, its article and its BM25 score.</summary>
public sealed record SearchHit(Sentence Sentence, Article Article, double Score, IReadOnlyList<string> Terms);

/// <summary>
/// An inverted index over every sentence of every article, ranked with BM25 (k1 = 1.2, b = 0.75).
/// Immutable once built; safe to query from many threads.
/// </summary>
public sealed class SentenceIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Sentence[] _sentences;
    private readonly int[] _articleOf;
    private readonly IReadOnlyList<Article> _articles;
    private readonly float[] _lengths;
    private readonly Dictionary<string, Posting> _postings;
    private readonly double _averageLength;
    private readonly ThreadLocal<float[]> _scratch;

    public SentenceIndex(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _articles = articles;
        var sentences = new List<Sentence>();
        var articleOf = new List<int>();
        var lengths = new List<float>();
        var building = new Dictionary<string, (List<int> Docs, List<int> Freqs)>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var sentence in articles[a].Paragraphs.Where(p => !p.IsHeading).SelectMany(p => p.Sentences))
            {
                var doc = sentences.Count;
                sentences.Add(sentence);
                articleOf.Add(a);
                counts.Clear();
                var length = 0;
                foreach (var term in SearchTokenizer.Terms(sentence.Text))
                {
                    counts[term] = counts.GetValueOrDefault(term) + 1;
                    length++;
                }

                lengths.Add(length);
                foreach (var (term, count) in counts)
                {
                    if (!building.TryGetValue(term, out var posting))
                    {
                        building[term] = posting = ([], []);
                    }

                    posting.Docs.Add(doc);
                    posting.Freqs.Add(count);
                }
            }
        }

        _sentences = [.. sentences];
        _articleOf = [.. articleOf];
        _lengths = [.. lengths];
        _averageLength = _lengths.Length == 0 ? 1 : Math.Max(1, _lengths.Average());
        _postings = building.ToDictionary(p => p.Key, p => new Posting([.. p.Value.Docs], [.. p.Value.Freqs]), StringComparer.Ordinal);
        _scratch = new ThreadLocal<float[]>(() => new float[_sentences.Length]);
    }

    public int SentenceCount => _sentences.Length;

    /// <summary>Inverse document frequency of a term, for other rankers (briefings) that weigh words.</summary>
    public double Idf(string term) =>
        Math.Log(1 + ((_sentences.Length - DocumentFrequency(term) + 0.5) / (DocumentFrequency(term) + 0.5)));

    public IReadOnlyList<SearchHit> Search(string query, int max)
    {
        var terms = SearchTokenizer.Terms(query ?? string.Empty).Distinct(StringComparer.Ordinal).Where(_postings.ContainsKey).ToList();
        if (terms.Count == 0 || max <= 0)
        {
            return [];
        }

        var scores = _scratch.Value!;
        var touched = new List<int>();
        foreach (var term in terms)
        {
            var posting = _postings[term];
            var idf = Idf(term);
            for (var i = 0; i < posting.Docs.Length; i++)
            {
                var doc = posting.Docs[i];
                var tf = posting.Freqs[i];
                var norm = K1 * (1 - B + (B * _lengths[doc] / _averageLength));
                if (scores[doc] == 0)
                {
                    touched.Add(doc);
                }

                scores[doc] += (float)(idf * tf * (K1 + 1) / (tf + norm));
            }
        }

        var best = new PriorityQueue<int, (float Score, int Negated)>();
        foreach (var doc in touched)
        {
            var key = (scores[doc], -doc);
            if (best.Count < max)
            {
                best.Enqueue(doc, key);
            }
            else if (best.TryPeek(out _, out var lowest) && key.CompareTo(lowest) > 0)
            {
                best.DequeueEnqueue(doc, key);
            }
        }

        var hits = new List<SearchHit>(best.Count);
        while (best.TryDequeue(out var doc, out var key))
        {
            hits.Add(new SearchHit(_sentences[doc], _articles[_articleOf[doc]], key.Score, terms));
        }

        foreach (var doc in touched)
        {
            scores[doc] = 0;
        }

        hits.Reverse();
        return hits;
    }

    private int DocumentFrequency(string term) => _postings.TryGetValue(term, out var p) ? p.Docs.Length : 0;

    private sealed record Posting(int[] Docs, int[] Freqs);
}
