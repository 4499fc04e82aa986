using System.Text;
using BriefBot.Core.Content;

namespace BriefBot.Core.Search;

/// <summary>What <see cref="SentenceIndex"/> holds: each sentence's article and place among its sentences, in index order, and the postings, flat.</summary>
internal sealed record Postings(
    int[] ArticleOf,
    int[] Numbers,
    float[] Lengths,
    Dictionary<string, int> TermIds,
    int[] TermStart,
    int[] DocumentFrequency,
    byte[] Rows);

/// <summary>
/// Reads every sentence that is not in a heading, term by term, and lays the postings out flat: first each sentence's
/// (term, count) pairs in one growing array, then every term's sentences in a row of bytes (see <see cref="PostingRows"/>).
/// </summary>
internal static class PostingsBuilder
{
    public static Postings Build(IReadOnlyList<Article> articles)
    {
        // Sized from the stored text up front: at 10,000 articles, growing the pair arrays by doubling allocated (and
        // copied) about 100 MB more than the index keeps.
        var (sentences, bytes) = Measure(articles);
        var articleOf = new List<int>(sentences);
        var numbers = new List<int>(sentences);
        var lengths = new List<float>(sentences);
        var pairStart = new List<int>(sentences + 1) { 0 };
        var counter = new Counter((int)Math.Min(bytes / BytesPerPair, Array.MaxLength));
        var chars = new char[1024];
        for (var a = 0; a < articles.Count; a++)
        {
            if (articles[a].Paragraphs is ArticleText store)
            {
                for (var p = 0; p < store.Count; p++)
                {
                    if (store.IsHeading(p))
                    {
                        continue;
                    }

                    for (var n = store.FirstSentence(p); n < store.FirstSentence(p + 1); n++)
                    {
                        var utf8 = store.SentenceBytes(n);
                        if (chars.Length < utf8.Length)
                        {
                            chars = new char[utf8.Length];
                        }

                        Add(a, n, chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, chars)));
                    }
                }

                continue;
            }

            var number = 0;
            foreach (var paragraph in articles[a].Paragraphs)
            {
                foreach (var sentence in paragraph.Sentences)
                {
                    if (!paragraph.IsHeading)
                    {
                        Add(a, number, sentence.Text);
                    }

                    number++;
                }
            }
        }

        return counter.Lay([.. articleOf], [.. numbers], [.. lengths], [.. pairStart]);

        void Add(int article, int number, ReadOnlySpan<char> text)
        {
            articleOf.Add(article);
            numbers.Add(number);
            lengths.Add(counter.Read(text));
            pairStart.Add(counter.PairCount);
        }
    }

    // About one distinct term per sentence for every eight bytes of text (words of five or six letters and a space, a
    // third of them stop words or repeats); an estimate only, the arrays still grow if it is short.
    private const long BytesPerPair = 8;

    /// <summary>How many sentences outside headings the stored articles have, and how many bytes of text.</summary>
    private static (int Sentences, long Bytes) Measure(IReadOnlyList<Article> articles)
    {
        var sentences = 0;
        long bytes = 0;
        foreach (var article in articles)
        {
            if (article.Paragraphs is ArticleText store)
            {
                for (var p = 0; p < store.Count; p++)
                {
                    if (!store.IsHeading(p))
                    {
                        sentences += store.SentencesIn(p);
                    }
                }

                bytes += store.ByteCount;
            }
        }

        return (sentences, bytes);
    }

    /// <summary>Counts one sentence's terms at a time, giving each new term the next id.</summary>
    private sealed class Counter : ITermSink
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private int[] _pairTerm;
        private int[] _pairCount;
        private int[] _lastPair = new int[1 << 12];
        private int[] _documents = new int[1 << 12];
        private int _sentenceStart;
        private int _terms;

        public Counter(int expectedPairs)
        {
            _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            _pairTerm = new int[Math.Max(expectedPairs, 1 << 10)];
            _pairCount = new int[_pairTerm.Length];
        }

        public int PairCount { get; private set; }

        /// <summary>Reads a sentence; returns how many terms it has.</summary>
        public int Read(ReadOnlySpan<char> text)
        {
            _sentenceStart = PairCount;
            _terms = 0;
            SearchTokenizer.Each(text, this);
            return _terms;
        }

        public void Add(ReadOnlySpan<char> term)
        {
            _terms++;
            if (!_lookup.TryGetValue(term, out var id))
            {
                id = _ids.Count;
                _lookup[term] = id;
                if (id == _lastPair.Length)
                {
                    Array.Resize(ref _lastPair, id * 2);
                    Array.Resize(ref _documents, id * 2);
                }

                _lastPair[id] = -1;
            }

            var last = _lastPair[id];
            if (last >= _sentenceStart)
            {
                _pairCount[last]++;
                return;
            }

            if (PairCount == _pairTerm.Length)
            {
                Array.Resize(ref _pairTerm, PairCount * 2);
                Array.Resize(ref _pairCount, PairCount * 2);
            }

            _pairTerm[PairCount] = id;
            _pairCount[PairCount] = 1;
            _lastPair[id] = PairCount;
            _documents[id]++;
            PairCount++;
        }

        public Postings Lay(int[] articleOf, int[] numbers, float[] lengths, int[] pairStart)
        {
            // First how many bytes each term's row takes, then the rows themselves, each in sentence order.
            var last = new int[_ids.Count];
            var rowLength = new int[_ids.Count];
            for (var doc = 0; doc < articleOf.Length; doc++)
            {
                for (var p = pairStart[doc]; p < pairStart[doc + 1]; p++)
                {
                    var term = _pairTerm[p];
                    rowLength[term] += PostingRows.Size(doc - last[term]) + PostingRows.Size(_pairCount[p]);
                    last[term] = doc;
                }
            }

            var termStart = new int[_ids.Count + 1];
            for (var t = 0; t < _ids.Count; t++)
            {
                termStart[t + 1] = checked(termStart[t] + rowLength[t]);
            }

            var next = termStart[..^1];
            Array.Clear(last);
            var rows = new byte[termStart[^1]];
            for (var doc = 0; doc < articleOf.Length; doc++)
            {
                for (var p = pairStart[doc]; p < pairStart[doc + 1]; p++)
                {
                    var term = _pairTerm[p];
                    PostingRows.Write(rows, ref next[term], doc - last[term]);
                    PostingRows.Write(rows, ref next[term], _pairCount[p]);
                    last[term] = doc;
                }
            }

            _ids.TrimExcess();
            return new Postings(articleOf, numbers, lengths, _ids, termStart, _documents[.._ids.Count], rows);
        }
    }
}
