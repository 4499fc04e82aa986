using BriefBot.Core.Content;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>An article prepared for extraction: what the stages learn about its paragraphs and sentences, in arrays.</summary>
/// <remarks>
/// Paragraphs and sentences are handed out as values (<see cref="ParagraphView"/>, <see cref="SentenceView"/>) that read
/// from here. The text of a paragraph or sentence is decoded from the article's store when first read and dropped again by
/// <see cref="ReleaseText"/> once a stage is done with the article: a build decodes the corpus a few times, but what it
/// decodes dies young instead of being carried by the garbage collector from the first stage to the last.
/// </remarks>
internal sealed class ArticleView
{
    // Read directly when the article is stored: indexing its paragraphs would make a view object each time.
    private readonly ArticleText? _store;
    private readonly IReadOnlyList<ArticleParagraph> _paragraphs;

    // Paragraph p's sentences are numbers _firstSentence[p] to _firstSentence[p + 1] - 1 among the article's.
    private readonly int[] _firstSentence;

    // Where each sentence starts in its paragraph's text.
    private readonly int[] _offsets;

    private string?[]? _paragraphTexts;
    private string?[]? _sentenceTexts;

    // The quotations of all its paragraphs in one array: paragraph p's are from _quoteStarts[p] to _quoteStarts[p + 1] - 1.
    private QuoteSpan[] _quotes = [];
    private int[]? _quoteStarts;

    // Character ranges of work titles (readings): never concepts, never quotes. Few articles cite a work.
    private List<(int Paragraph, int Start, int End)>? _titles;

    // The mentions of all its sentences, in reading order, in one array; sentence n's are from _foundStarts[n] to
    // _foundStarts[n + 1] - 1. Each names its key by number in _keys: they live until every article is scanned.
    private (int Key, int Start)[] _found = [];
    private int[]? _foundStarts;
    private IReadOnlyList<string> _keys = [];

    public ArticleView(Article article)
    {
        Article = article;
        _paragraphs = article.Paragraphs;
        _store = article.Paragraphs as ArticleText;
        _firstSentence = new int[_paragraphs.Count + 1];
        for (var p = 0; p < _paragraphs.Count; p++)
        {
            _firstSentence[p + 1] = _firstSentence[p] + (_store?.SentencesIn(p) ?? _paragraphs[p].SentenceCount);
        }

        _offsets = new int[_firstSentence[^1]];
        if (_store is not null)
        {
            _store.SentenceOffsets(_offsets);
        }
        else
        {
            PlaceSentences();
        }
    }

    public Article Article { get; }

    public string Id => Article.Id;

    public ParagraphList Paragraphs => new(this);

    public IEnumerable<SentenceView> Sentences
    {
        get
        {
            for (var p = 0; p < ParagraphCount; p++)
            {
                for (var n = _firstSentence[p]; n < _firstSentence[p + 1]; n++)
                {
                    yield return new SentenceView(this, p, n);
                }
            }
        }
    }

    internal int ParagraphCount => _firstSentence.Length - 1;

    internal int SentenceCount => _offsets.Length;

    internal int FirstSentence(int paragraph) => _firstSentence[paragraph];

    internal int ParagraphIndex(int paragraph) => _store is null ? _paragraphs[paragraph].Index : paragraph;

    internal bool IsHeading(int paragraph) => _store?.IsHeading(paragraph) ?? _paragraphs[paragraph].IsHeading;

    internal int SentenceIndex(int paragraph, int number) =>
        _store is null ? _paragraphs[paragraph].SentenceIndex(number - _firstSentence[paragraph]) : number - _firstSentence[paragraph];

    internal int SentenceOffset(int number) => _offsets[number];

    internal string ParagraphText(int paragraph)
    {
        if (_store is null)
        {
            return _paragraphs[paragraph].Text;
        }

        _paragraphTexts ??= new string?[ParagraphCount];
        return _paragraphTexts[paragraph] ??= _store.ParagraphText(paragraph);
    }

    /// <summary>
    /// The paragraph's characters, without making a string when its text is not at hand: valid until the next paragraph's
    /// characters are read on this thread. A third of the text is in paragraphs that quote nothing, whose text is then
    /// never needed as a string.
    /// </summary>
    internal ReadOnlySpan<char> ParagraphChars(int paragraph)
    {
        if (_store is null || _paragraphTexts?[paragraph] is not null)
        {
            return ParagraphText(paragraph);
        }

        var chars = t_paragraphChars ??= new char[1024];
        var length = _store.DecodeParagraph(paragraph, ref chars);
        t_paragraphChars = chars;
        return chars.AsSpan(0, length);
    }

    [ThreadStatic]
    private static char[]? t_paragraphChars;

    internal string ReadParagraphText(int paragraph) =>
        _paragraphTexts?[paragraph] ?? _store?.ParagraphText(paragraph) ?? _paragraphs[paragraph].Text;

    internal string SentenceText(int paragraph, int number)
    {
        if (_store is null)
        {
            return StoredSentenceText(paragraph, number);
        }

        _sentenceTexts ??= new string?[SentenceCount];
        return _sentenceTexts[number] ??= _store.SentenceText(number);
    }

    /// <summary>A sentence's text, decoded alone unless it is at hand, and not kept.</summary>
    internal string ReadSentenceText(int paragraph, int number) => _sentenceTexts?[number] ?? StoredSentenceText(paragraph, number);

    /// <summary>Decodes a sentence into <paramref name="chars"/> without making a string: -1 when its text is at hand or the article is not stored.</summary>
    internal int DecodeSentence(int number, ref char[] chars) =>
        _store is null || _sentenceTexts?[number] is not null ? -1 : _store.DecodeSentence(number, ref chars);

    internal ReadOnlySpan<QuoteSpan> QuotesIn(int paragraph)
    {
        if (_quoteStarts is null)
        {
            FindQuotes();
        }

        return _quotes.AsSpan(_quoteStarts![paragraph].._quoteStarts[paragraph + 1]);
    }

    internal void AddTitle(int paragraph, int start, int end) => (_titles ??= []).Add((paragraph, start, end));

    internal bool InTitle(int paragraph, int start, int end)
    {
        if (_titles is null)
        {
            return false;
        }

        foreach (var (titleParagraph, titleStart, titleEnd) in _titles)
        {
            if (titleParagraph == paragraph && start < titleEnd && end > titleStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps the mention scan's finds, in reading order, and where each sentence's start (<paramref name="starts"/>, one more than there are sentences).</summary>
    /// <param name="keys">The keys, at the numbers <paramref name="found"/> gives.</param>
    internal void SetFound((int Key, int Start)[] found, int[] starts, IReadOnlyList<string> keys)
    {
        _found = found;
        _foundStarts = starts;
        _keys = keys;
    }

    internal FoundMentions FoundIn(int number) => new(FoundNumbersMemory(number), _keys);

    internal ReadOnlySpan<(int Key, int Start)> FoundNumbersIn(int number) => FoundNumbersMemory(number).Span;

    private ReadOnlyMemory<(int Key, int Start)> FoundNumbersMemory(int number) =>
        _foundStarts is null ? default : _found.AsMemory(_foundStarts[number].._foundStarts[number + 1]);

    /// <summary>Drops every decoded text of the article; they are decoded again if a later stage reads them.</summary>
    public void ReleaseText()
    {
        _paragraphTexts = null;
        _sentenceTexts = null;
    }

    private string StoredSentenceText(int paragraph, int number) =>
        _store?.SentenceText(number) ?? _paragraphs[paragraph].Sentences[number - _firstSentence[paragraph]].Text;

    /// <summary>Finds the quotations of every paragraph at once (the first stage reads every paragraph's), kept to the end of a build.</summary>
    private void FindQuotes()
    {
        var quotes = t_quotes ??= [];
        quotes.Clear();
        var starts = new int[ParagraphCount + 1];
        for (var p = 0; p < ParagraphCount; p++)
        {
            starts[p] = quotes.Count;
            if (!IsHeading(p) && QuoteSpans.MayQuote(ParagraphChars(p)))
            {
                QuoteSpans.Find(ParagraphText(p), quotes);
            }
        }

        starts[^1] = quotes.Count;
        _quotes = [.. quotes];
        _quoteStarts = starts;
    }

    [ThreadStatic]
    private static List<QuoteSpan>? t_quotes;

    /// <summary>Finds each sentence in its paragraph's text, for an article not read from the store.</summary>
    private void PlaceSentences()
    {
        for (var p = 0; p < ParagraphCount; p++)
        {
            var text = _paragraphs[p].Text;
            var sentences = _paragraphs[p].Sentences;
            var at = 0;
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i].Text;
                var found = text.IndexOf(sentence, at, StringComparison.Ordinal);
                _offsets[_firstSentence[p] + i] = found < 0 ? at : found;
                at = found < 0 ? at : found + sentence.Length;
            }
        }
    }
}
