namespace BriefBot.Core.Content;

/// <summary>A sentence, addressable by article, paragraph and position.</summary>
/// <remarks>
/// Its text is a range of the article's one UTF-8 copy (see <see cref="ArticleText"/>), decoded each time
/// <see cref="Text"/> is read: read it once and keep the string while working on it.
/// </remarks>
public sealed record Sentence
{
    private readonly ArticleText _store;
    private readonly int _start;
    private readonly int _length;

    public Sentence(string ArticleId, int Paragraph, int Index, string Text)
    {
        ArgumentNullException.ThrowIfNull(ArticleId);
        ArgumentNullException.ThrowIfNull(Text);
        _store = ArticleText.Alone(ArticleId, Text);
        _length = _store.ByteCount;
        this.Paragraph = Paragraph;
        this.Index = Index;
    }

    internal Sentence(ArticleText store, int paragraph, int index, int start, int length)
    {
        _store = store;
        _start = start;
        _length = length;
        Paragraph = paragraph;
        Index = index;
    }

    public string ArticleId => _store.ArticleId;

    public int Paragraph { get; }

    public int Index { get; }

    public string Text => _store.Decode(_start, _length);

    /// <summary>The text as stored (UTF-8), without making a string of it.</summary>
    internal ReadOnlySpan<byte> Utf8 => _store.Bytes(_start, _length);

    public void Deconstruct(out string ArticleId, out int Paragraph, out int Index, out string Text)
    {
        ArticleId = this.ArticleId;
        Paragraph = this.Paragraph;
        Index = this.Index;
        Text = this.Text;
    }

    public bool Equals(Sentence? other) =>
        other is not null && Paragraph == other.Paragraph && Index == other.Index &&
        string.Equals(ArticleId, other.ArticleId, StringComparison.Ordinal) &&
        (ReferenceEquals(_store, other._store) && _start == other._start && _length == other._length ||
         string.Equals(Text, other.Text, StringComparison.Ordinal));

    public override int GetHashCode() => HashCode.Combine(ArticleId, Paragraph, Index);
}
