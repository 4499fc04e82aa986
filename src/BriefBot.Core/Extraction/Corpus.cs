using BriefBot.Core.Content;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>A sentence with its words and where it sits in its paragraph.</summary>
/// <remarks>Its text is its paragraph's to decode and drop (<see cref="ParagraphView.ReleaseText"/>).</remarks>
internal sealed class SentenceView(ParagraphView paragraph, int position, int index)
{
    private string? _text;
    private int _offset = -1;
    private int _foundStart;
    private int _foundCount;

    public ParagraphView Paragraph { get; } = paragraph;

    public int Index { get; } = index;

    /// <summary>The sentence's text, decoded from the article's store when first read and kept until its paragraph's text is released.</summary>
    public string Text => _text ??= Paragraph.SentenceText(position);

    /// <summary>The sentence's text, decoded alone when it is not at hand, and not kept: for reading a sentence after its article is done.</summary>
    public string ReadText() => _text ?? Paragraph.StoredSentenceText(position);

    /// <summary>Where the sentence starts in the paragraph text.</summary>
    public int Offset
    {
        get
        {
            if (_offset < 0)
            {
                Paragraph.Place();
            }

            return _offset;
        }
    }

    /// <summary>Whether the character at <paramref name="at"/> (in the sentence) lies inside one of the paragraph's quotations.</summary>
    public bool InQuote(int at)
    {
        var inParagraph = Offset + at;
        var quotes = Paragraph.Quotes;
        for (var i = 0; i < quotes.Count; i++)
        {
            if (inParagraph >= quotes[i].Start && inParagraph < quotes[i].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the sentence's words into <paramref name="words"/>, decoding it straight from the article's store when its text is not at hand.</summary>
    internal void ReadWords(SentenceWords words)
    {
        if (_text is null && Paragraph.DecodeSentence(position, ref words.Chars) is var length and >= 0)
        {
            words.Split(length);
        }
        else
        {
            words.Read(Text);
        }
    }

    /// <summary>Entities found in this sentence by the mention scan: candidate key and character offset.</summary>
    public ArraySegment<(string Key, int Start)> Found => Paragraph.Article.FoundAt(_foundStart, _foundCount);

    /// <summary>Where this sentence's mentions sit in its article's (<see cref="ArticleView.SetFound"/>).</summary>
    internal void PlaceFound(int start, int count)
    {
        _foundStart = start;
        _foundCount = count;
    }

    internal void Place(string text, int offset)
    {
        _text = text;
        _offset = offset;
    }

    internal void ReleaseText()
    {
        _text = null;
    }
}

/// <summary>A paragraph with its sentences, quotations and the article it belongs to.</summary>
/// <remarks>
/// The text of a paragraph and its sentences is decoded from the article's store when first read and dropped again by
/// <see cref="ReleaseText"/> once a stage is done with the article: a build decodes the corpus a few times, but what it
/// decodes dies young instead of being carried by the garbage collector from the first stage to the last.
/// </remarks>
internal sealed class ParagraphView
{
    private readonly int _position;
    private readonly ArticleParagraph _stored;
    private string? _text;
    private bool _placed;
    private List<QuoteSpan>? _quotes;

    public ParagraphView(ArticleView article, ArticleParagraph paragraph, int position)
    {
        Article = article;
        _position = position;
        _stored = paragraph;
        Index = paragraph.Index;
        IsHeading = paragraph.IsHeading;
        var sentences = new SentenceView[paragraph.SentenceCount];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = new SentenceView(this, i, paragraph.SentenceIndex(i));
        }

        Sentences = sentences;
    }

    public ArticleView Article { get; }

    /// <summary>The paragraph's text, decoded from a new view of the store each time it is needed again, so that the stored paragraph never keeps it.</summary>
    public string Text
    {
        get
        {
            if (_text is null)
            {
                _text = Article.Article.Paragraphs[_position].Text;
                if (!_placed)
                {
                    PlaceSentences(_text);
                }
            }

            return _text;
        }
    }

    public int Index { get; }

    public bool IsHeading { get; }

    public IReadOnlyList<SentenceView> Sentences { get; }

    public IReadOnlyList<QuoteSpan> Quotes => _quotes ??= IsHeading ? [] : QuoteSpans.Find(Text);

    // Character ranges of work titles (readings) in this paragraph: never concepts, never quotes. Few paragraphs cite
    // a work, so the list is made by the first.
    private List<(int Start, int End)>? _titles;

    public SentenceView SentenceAt(int offset)
    {
        var found = Sentences[0];
        foreach (var s in Sentences)
        {
            if (s.Offset <= offset)
            {
                found = s;
            }
        }

        return found;
    }

    /// <summary>Marks a work's title (a reading) in this paragraph: never a concept, never a quotation.</summary>
    public void AddTitle(int start, int end) => (_titles ??= []).Add((start, end));

    /// <summary>Whether the characters from <paramref name="start"/> to <paramref name="end"/> overlap a title (<see cref="AddTitle"/>).</summary>
    public bool InTitle(int start, int end)
    {
        if (_titles is null)
        {
            return false;
        }

        foreach (var (titleStart, titleEnd) in _titles)
        {
            if (start < titleEnd && end > titleStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Works out where each sentence starts in the paragraph (once: it decodes the paragraph and every sentence).</summary>
    internal void Place()
    {
        if (!_placed)
        {
            _ = Text;
        }
    }

    /// <summary>Decodes a sentence into <paramref name="chars"/> without making a string: -1 when the paragraph is not stored.</summary>
    internal int DecodeSentence(int position, ref char[] chars) => _stored.DecodeSentence(position, ref chars);

    /// <summary>A sentence's text decoded alone from the article's store.</summary>
    internal string StoredSentenceText(int position) => _stored.Sentences[position].Text;

    /// <summary>A sentence's text: once the sentences are placed, decoded alone, without the paragraph.</summary>
    internal string SentenceText(int position)
    {
        if (!_placed)
        {
            Place();
            return Sentences[position].Text;
        }

        return StoredSentenceText(position);
    }

    private void PlaceSentences(string text)
    {
        var stored = _stored.Sentences;
        var at = 0;
        for (var i = 0; i < Sentences.Count; i++)
        {
            var sentence = stored[i].Text;
            var found = text.IndexOf(sentence, at, StringComparison.Ordinal);
            Sentences[i].Place(sentence, found < 0 ? at : found);
            at = found < 0 ? at : found + sentence.Length;
        }

        _placed = true;
    }

    /// <summary>Drops the decoded text of the paragraph and its sentences; its quotations, a small part of it, are kept for the last stage.</summary>
    public void ReleaseText()
    {
        _text = null;
        foreach (var s in Sentences)
        {
            s.ReleaseText();
        }
    }
}

/// <summary>An article prepared for extraction.</summary>
internal sealed class ArticleView
{
    // The mentions of all its sentences, in reading order, in one array: a list per sentence was hundreds of thousands
    // of objects for the GC to carry to the end of a build.
    private (string Key, int Start)[] _found = [];

    public ArticleView(Article article)
    {
        Article = article;
        var paragraphs = new ParagraphView[article.Paragraphs.Count];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = new ParagraphView(this, article.Paragraphs[i], i);
        }

        Paragraphs = paragraphs;
    }

    public Article Article { get; }

    public string Id => Article.Id;

    public IReadOnlyList<ParagraphView> Paragraphs { get; }

    public IEnumerable<SentenceView> Sentences => Paragraphs.SelectMany(p => p.Sentences);

    /// <summary>Keeps the mention scan's finds; each sentence knows its slice (<see cref="SentenceView.PlaceFound"/>).</summary>
    internal void SetFound((string Key, int Start)[] found) => _found = found;

    internal ArraySegment<(string Key, int Start)> FoundAt(int start, int count) => new(_found, start, count);

    /// <summary>Drops every decoded text and word list of the article; they are decoded again if a later stage reads them.</summary>
    public void ReleaseText()
    {
        foreach (var p in Paragraphs)
        {
            p.ReleaseText();
        }
    }
}
