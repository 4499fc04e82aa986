using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>A sentence of an article being extracted: its text, place and mentions are kept by its <see cref="ArticleView"/>.</summary>
/// <remarks>
/// A value, not an object: hundreds of thousands of sentence objects, made for every article before the first stage and
/// alive until the last, were a large part of what the garbage collector carried through a build.
/// </remarks>
internal readonly struct SentenceView : IEquatable<SentenceView>
{
    private readonly ArticleView _article;
    private readonly int _paragraph;
    private readonly int _number;

    /// <param name="number">Its place among all the article's sentences.</param>
    internal SentenceView(ArticleView article, int paragraph, int number)
    {
        _article = article;
        _paragraph = paragraph;
        _number = number;
    }

    public ParagraphView Paragraph => new(_article, _paragraph);

    public int Index => _article.SentenceIndex(_paragraph, _number);

    /// <summary>The sentence's text, decoded from the article's store when first read and kept until the article's text is released.</summary>
    public string Text => _article.SentenceText(_paragraph, _number);

    /// <summary>The sentence's text, decoded alone when it is not at hand, and not kept: for reading a sentence after its article is done.</summary>
    public string ReadText() => _article.ReadSentenceText(_paragraph, _number);

    /// <summary>Where the sentence starts in the paragraph text.</summary>
    public int Offset => _article.SentenceOffset(_number);

    /// <summary>Whether the character at <paramref name="at"/> (in the sentence) lies inside one of the paragraph's quotations.</summary>
    public bool InQuote(int at)
    {
        var inParagraph = Offset + at;
        foreach (var quote in Paragraph.Quotes)
        {
            if (inParagraph >= quote.Start && inParagraph < quote.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the sentence's words into <paramref name="words"/>, decoding it straight from the article's store when its text is not at hand.</summary>
    internal void ReadWords(SentenceWords words)
    {
        if (_article.DecodeSentence(_number, ref words.Chars) is var length and >= 0)
        {
            words.Split(length);
        }
        else
        {
            words.Read(Text);
        }
    }

    /// <summary>Entities found in this sentence by the mention scan: candidate key and character offset.</summary>
    public FoundMentions Found => _article.FoundIn(_number);

    /// <summary>The mention scan's finds with their keys' numbers in the alias index.</summary>
    internal ReadOnlySpan<(int Key, int Start)> FoundNumbers => _article.FoundNumbersIn(_number);

    /// <summary>Its place among all the article's sentences.</summary>
    internal int Number => _number;

    public static bool operator ==(SentenceView left, SentenceView right) => left.Equals(right);

    public static bool operator !=(SentenceView left, SentenceView right) => !left.Equals(right);

    public bool Equals(SentenceView other) => ReferenceEquals(_article, other._article) && _number == other._number;

    public override bool Equals(object? obj) => obj is SentenceView other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_article, _number);
}
