namespace BriefBot.Core.Content;

/// <summary>A paragraph (or heading) of an article, split into sentences.</summary>
/// <remarks>
/// Paragraphs read from files are views of their article's one stored copy (see <see cref="ArticleText"/>), made each
/// time <see cref="Article.Paragraphs"/> is indexed: a view decodes its text the first time it is read and keeps it.
/// </remarks>
public sealed record ArticleParagraph
{
    private readonly ArticleText? _store;
    private string? _text;
    private IReadOnlyList<Sentence>? _sentences;

    public ArticleParagraph(int Index, string Text, bool IsHeading, IReadOnlyList<Sentence> Sentences)
    {
        ArgumentNullException.ThrowIfNull(Text);
        ArgumentNullException.ThrowIfNull(Sentences);
        _text = Text;
        _sentences = Sentences;
        this.Index = Index;
        this.IsHeading = IsHeading;
    }

    internal ArticleParagraph(ArticleText store, int index)
    {
        _store = store;
        Index = index;
        IsHeading = store.IsHeading(index);
    }

    public int Index { get; }

    /// <summary>The text, decoded once per view: the snapshot keeps the stored bytes, not this object.</summary>
    public string Text => _text ??= _store!.ParagraphText(Index);

    public bool IsHeading { get; }

    public IReadOnlyList<Sentence> Sentences => _sentences ??= new StoredSentences(_store!, Index);

    /// <summary>How many sentences the paragraph has, without making their views.</summary>
    internal int SentenceCount => _store is null ? Sentences.Count : _store.SentencesIn(Index);

    /// <summary>The <see cref="Sentence.Index"/> of the sentence at <paramref name="position"/>, without making its view (a stored one's is its position).</summary>
    internal int SentenceIndex(int position) => _store is null ? Sentences[position].Index : position;

    /// <summary>Decodes the <paramref name="index"/>-th sentence into <paramref name="chars"/> (grown when too small) without making a string: -1 when the paragraph is not stored.</summary>
    internal int DecodeSentence(int index, ref char[] chars) =>
        _store is null ? -1 : _store.DecodeSentence(_store.FirstSentence(Index) + index, ref chars);

    public void Deconstruct(out int Index, out string Text, out bool IsHeading, out IReadOnlyList<Sentence> Sentences)
    {
        Index = this.Index;
        Text = this.Text;
        IsHeading = this.IsHeading;
        Sentences = this.Sentences;
    }

    /// <summary>Equal when they are the same stored paragraph, or have the same index, heading flag, text and sentences.</summary>
    public bool Equals(ArticleParagraph? other) =>
        other is not null && Index == other.Index && IsHeading == other.IsHeading &&
        (_store is not null && ReferenceEquals(_store, other._store) ||
         string.Equals(Text, other.Text, StringComparison.Ordinal) && Sentences.SequenceEqual(other.Sentences));

    public override int GetHashCode() => HashCode.Combine(Index, IsHeading, Sentences.Count);
}
