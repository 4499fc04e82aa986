using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>A paragraph of an article being extracted: its text, quotations and titles are kept by its <see cref="ArticleView"/>.</summary>
internal readonly struct ParagraphView(ArticleView article, int position)
{
    public ArticleView Article { get; } = article;

    /// <summary>The paragraph's text, decoded from the article's store when first read and kept until the article's text is released.</summary>
    public string Text => Article.ParagraphText(position);

    /// <summary>The paragraph's text, decoded again when it is not at hand, and not kept: for reading a paragraph after its article is done.</summary>
    public string ReadText() => Article.ReadParagraphText(position);

    /// <summary>The paragraph's characters, decoded without making a string when its text is not at hand: valid until the next paragraph's are read on this thread.</summary>
    public ReadOnlySpan<char> Chars => Article.ParagraphChars(position);

    public int Index => Article.ParagraphIndex(position);

    public bool IsHeading => Article.IsHeading(position);

    public SentenceList Sentences => new(Article, position);

    /// <summary>The paragraph's quotations, found when first asked for and kept to the end of the build.</summary>
    public ReadOnlySpan<QuoteSpan> Quotes => Article.QuotesIn(position);

    public SentenceView SentenceAt(int offset)
    {
        var sentences = Sentences;
        var found = sentences[0];
        foreach (var s in sentences)
        {
            if (s.Offset <= offset)
            {
                found = s;
            }
        }

        return found;
    }

    /// <summary>Marks a work's title (a reading) in this paragraph: never a concept, never a quotation.</summary>
    public void AddTitle(int start, int end) => Article.AddTitle(position, start, end);

    /// <summary>Whether the characters from <paramref name="start"/> to <paramref name="end"/> overlap a title (<see cref="AddTitle"/>).</summary>
    public bool InTitle(int start, int end) => Article.InTitle(position, start, end);
}
