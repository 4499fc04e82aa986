using BriefBot.Core.Content;

namespace BriefBot.Core.Search;

/// <summary>A hit: a sentence, its article and its BM25 score.</summary>
public sealed record SearchHit(Sentence Sentence, Article Article, double Score, IReadOnlyList<string> Terms);

/// <summary>
/// An inverted index over every sentence of every article, ranked with BM25 (k1 = 1.2, b = 0.75).
/// Immutable once built; safe to query from many threads.
/// </summary>
/// <remarks>
/// Postings are held flat: term <c>t</c>'s sentences and counts are the bytes <c>_rows[_termStart[t] .. _termStart[t + 1]]</c>,
/// in sentence order (see <see cref="PostingRows"/>).
/// </remarks>
public sealed class SentenceIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly int[] _articleOf;
    private readonly int[] _numbers;
    private readonly IReadOnlyList<Article> _articles;
    private readonly float[] _lengths;
    private readonly Dictionary<string, int> _termIds;
    private readonly int[] _termStart;
    private readonly int[] _documentFrequency;
    private readonly byte[] _rows;
    private readonly double _averageLength;
    private readonly ThreadLocal<Scratch> _scratch;

    public SentenceIndex(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _articles = articles;
        var built = PostingsBuilder.Build(articles);
        _articleOf = built.ArticleOf;
        _numbers = built.Numbers;
        _lengths = built.Lengths;
        _termIds = built.TermIds;
        _termStart = built.TermStart;
        _documentFrequency = built.DocumentFrequency;
        _rows = built.Rows;
        _averageLength = _lengths.Length == 0 ? 1 : Math.Max(1, _lengths.Average());
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(_articleOf.Length));
    }

    public int SentenceCount => _articleOf.Length;

    /// <summary>Inverse document frequency of a term, for other rankers (briefings) that weigh words.</summary>
    public double Idf(string term) =>
        Math.Log(1 + ((_articleOf.Length - DocumentFrequency(term) + 0.5) / (DocumentFrequency(term) + 0.5)));

    public IReadOnlyList<SearchHit> Search(string query, int max)
    {
        var terms = SearchTokenizer.Terms(query ?? string.Empty).Distinct(StringComparer.Ordinal).Where(_termIds.ContainsKey).ToList();
        if (terms.Count == 0 || max <= 0)
        {
            return [];
        }

        var (scores, touched) = _scratch.Value!;
        var count = 0;
        foreach (var term in terms)
        {
            var id = _termIds[term];
            var idf = Idf(term);
            var doc = 0;
            for (var at = _termStart[id]; at < _termStart[id + 1];)
            {
                doc += PostingRows.Read(_rows, ref at);
                var tf = PostingRows.Read(_rows, ref at);
                var norm = K1 * (1 - B + (B * _lengths[doc] / _averageLength));
                if (scores[doc] == 0)
                {
                    touched[count++] = doc;
                }

                scores[doc] += (float)(idf * tf * (K1 + 1) / (tf + norm));
            }
        }

        var best = new PriorityQueue<int, (float Score, int Negated)>();
        foreach (var doc in touched.AsSpan(0, count))
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
            var article = _articles[_articleOf[doc]];
            hits.Add(new SearchHit(SentenceOf(article, _numbers[doc]), article, key.Score, terms));
        }

        foreach (var doc in touched.AsSpan(0, count))
        {
            scores[doc] = 0;
        }

        hits.Reverse();
        return hits;
    }

    /// <summary>The <paramref name="number"/>-th sentence of the article, counting every paragraph's.</summary>
    private static Sentence SentenceOf(Article article, int number)
    {
        if (article.Paragraphs is ArticleText store)
        {
            return store.SentenceAt(number);
        }

        foreach (var paragraph in article.Paragraphs)
        {
            if (number < paragraph.Sentences.Count)
            {
                return paragraph.Sentences[number];
            }

            number -= paragraph.Sentences.Count;
        }

        throw new InvalidOperationException("The article has fewer sentences than the index holds.");
    }

    /// <summary>
    /// A thread's running scores and the sentences they were given to, one slot per sentence each, kept between
    /// searches: a common word touches a large part of the index, and a list grown anew per search was a large object
    /// for the garbage collector every time.
    /// </summary>
    private sealed record Scratch(float[] Scores, int[] Touched)
    {
        public Scratch(int sentences)
            : this(new float[sentences], new int[sentences])
        {
        }
    }

    private int DocumentFrequency(string term) => _termIds.TryGetValue(term, out var id) ? _documentFrequency[id] : 0;
}
