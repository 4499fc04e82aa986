using BriefBot.Core.Content;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>A sentence with its words and where it sits in its paragraph.</summary>
internal sealed class SentenceView(ParagraphView paragraph, Sentence sentence, int offset)
{
    public ParagraphView Paragraph { get; } = paragraph;

    public Sentence Sentence { get; } = sentence;

    private string? _text;

    /// <summary>The sentence's text, decoded from the article's store once and kept for the extraction.</summary>
    public string Text => _text ??= Sentence.Text;

    /// <summary>Where the sentence starts in the paragraph text.</summary>
    public int Offset { get; } = offset;

    private List<Token>? _tokens;

    /// <summary>
    /// The sentence's words, computed when first needed. The list is lent (<see cref="TokenLists"/>): once
    /// <see cref="ReleaseTokens"/> is called it belongs to another sentence, so no one may keep it.
    /// </summary>
    public List<Token> Tokens => _tokens ??= TokenLists.Rent(Text);

    public void ReleaseTokens()
    {
        if (_tokens is { } tokens)
        {
            _tokens = null;
            TokenLists.Return(tokens);
        }
    }

    public int Index => Sentence.Index;

    /// <summary>Entities found in this sentence by the mention scan: candidate key and character offset.</summary>
    public List<(string Key, int Start)> Found { get; } = [];
}

/// <summary>A paragraph with its sentences, quotations and the article it belongs to.</summary>
internal sealed class ParagraphView
{
    public ParagraphView(ArticleView article, ArticleParagraph paragraph)
    {
        Article = article;
        Paragraph = paragraph;
        var sentences = new List<SentenceView>(paragraph.Sentences.Count);
        var at = 0;
        foreach (var s in paragraph.Sentences)
        {
            var found = paragraph.Text.IndexOf(s.Text, at, StringComparison.Ordinal);
            var offset = found < 0 ? at : found;
            sentences.Add(new SentenceView(this, s, offset));
            at = found < 0 ? at : found + s.Text.Length;
        }

        Sentences = sentences;
        Quotes = paragraph.IsHeading ? [] : QuoteSpans.Find(paragraph.Text);
    }

    public ArticleView Article { get; }

    public ArticleParagraph Paragraph { get; }

    public string Text => Paragraph.Text;

    public int Index => Paragraph.Index;

    public bool IsHeading => Paragraph.IsHeading;

    public IReadOnlyList<SentenceView> Sentences { get; }

    public IReadOnlyList<QuoteSpan> Quotes { get; }

    /// <summary>Character ranges of work titles (readings) in this paragraph: never concepts, never quotes.</summary>
    public List<(int Start, int End)> TitleRanges { get; } = [];

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

    public bool InTitle(int start, int end) => TitleRanges.Any(r => start < r.End && end > r.Start);
}

/// <summary>An article prepared for extraction.</summary>
internal sealed class ArticleView
{
    public ArticleView(Article article)
    {
        Article = article;
        Paragraphs = article.Paragraphs.Select(p => new ParagraphView(this, p)).ToList();
    }

    public Article Article { get; }

    public string Id => Article.Id;

    public IReadOnlyList<ParagraphView> Paragraphs { get; }

    public IEnumerable<SentenceView> Sentences => Paragraphs.SelectMany(p => p.Sentences);

    public void ReleaseTokens()
    {
        foreach (var s in Sentences)
        {
            s.ReleaseTokens();
        }
    }
}
