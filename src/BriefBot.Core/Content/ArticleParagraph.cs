namespace BriefBot.Core.Content;

/// <summary>A paragraph (or heading) of an article, split into sentences.</summary>
/// <remarks>Its text is a range of the article's one UTF-8 copy (see <see cref="ArticleText"/>), decoded when read.</remarks>
public sealed record ArticleParagraph
{
    private readonly ArticleText _store;
    private readonly int _start;
    private readonly int _length;

    public ArticleParagraph(int Index, string Text, bool IsHeading, IReadOnlyList<Sentence> Sentences)
    {
        ArgumentNullException.ThrowIfNull(Text);
        ArgumentNullException.ThrowIfNull(Sentences);
        _store = ArticleText.Alone(string.Empty, Text);
        _length = _store.ByteCount;
        this.Index = Index;
        this.IsHeading = IsHeading;
        this.Sentences = Sentences;
    }

    internal ArticleParagraph(int index, ArticleText store, int start, int length, bool isHeading, Sentence[] sentences)
    {
        _store = store;
        _start = start;
        _length = length;
        Index = index;
        IsHeading = isHeading;
        Sentences = sentences;
    }

    public int Index { get; }

    public string Text => _store.Decode(_start, _length);

    public bool IsHeading { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public void Deconstruct(out int Index, out string Text, out bool IsHeading, out IReadOnlyList<Sentence> Sentences)
    {
        Index = this.Index;
        Text = this.Text;
        IsHeading = this.IsHeading;
        Sentences = this.Sentences;
    }

    /// <summary>Equal when index, heading flag and text are, and the sentences are the same list, as before the text was stored once.</summary>
    public bool Equals(ArticleParagraph? other) =>
        other is not null && Index == other.Index && IsHeading == other.IsHeading && ReferenceEquals(Sentences, other.Sentences) &&
        string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Index, IsHeading, Sentences);
}
