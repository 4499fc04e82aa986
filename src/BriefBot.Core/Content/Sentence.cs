namespace BriefBot.Core.Content;

/// <summary>A sentence, addressable by article, paragraph and position.</summary>
/// <remarks>
/// Sentences read from files are views of their article's one stored copy (see <see cref="ArticleText"/>), made each
/// time a paragraph's <see cref="ArticleParagraph.Sentences"/> is indexed: a view decodes its text the first time it is
/// read and keeps it.
/// </remarks>
public sealed record Sentence
{
    private readonly ArticleText? _store;
    private readonly int _number;
    private readonly string? _articleId;
    private string? _text;

    public Sentence(string ArticleId, int Paragraph, int Index, string Text)
    {
        ArgumentNullException.ThrowIfNull(ArticleId);
        ArgumentNullException.ThrowIfNull(Text);
        _articleId = ArticleId;
        _text = Text;
        this.Paragraph = Paragraph;
        this.Index = Index;
    }

    /// <param name="number">Its place among all the article's sentences.</param>
    internal Sentence(ArticleText store, int paragraph, int index, int number)
    {
        _store = store;
        _number = number;
        Paragraph = paragraph;
        Index = index;
    }

    public string ArticleId => _articleId ?? _store!.ArticleId;

    public int Paragraph { get; }

    public int Index { get; }

    /// <summary>The text, decoded once per view: the snapshot keeps the stored bytes, not this object.</summary>
    public string Text => _text ??= _store!.SentenceText(_number);

    public void Deconstruct(out string ArticleId, out int Paragraph, out int Index, out string Text)
    {
        ArticleId = this.ArticleId;
        Paragraph = this.Paragraph;
        Index = this.Index;
        Text = this.Text;
    }

    /// <summary>Equal when article, paragraph, position and text are.</summary>
    public bool Equals(Sentence? other) =>
        other is not null && Paragraph == other.Paragraph && Index == other.Index &&
        string.Equals(ArticleId, other.ArticleId, StringComparison.Ordinal) &&
        (_store is not null && ReferenceEquals(_store, other._store) || string.Equals(Text, other.Text, StringComparison.Ordinal));

    public override int GetHashCode() => HashCode.Combine(ArticleId, Paragraph, Index);
}
