using System.Collections;

namespace BriefBot.Core.Extraction;

/// <summary>The sentences of one paragraph, made as they are read.</summary>
internal readonly struct SentenceList(ArticleView article, int paragraph) : IReadOnlyList<SentenceView>
{
    private readonly int _first = article.FirstSentence(paragraph);

    public int Count { get; } = article.FirstSentence(paragraph + 1) - article.FirstSentence(paragraph);

    public SentenceView this[int index] =>
        (uint)index < (uint)Count ? new SentenceView(article, paragraph, _first + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IndexEnumerator<SentenceList, SentenceView> GetEnumerator() => new(this);

    IEnumerator<SentenceView> IEnumerable<SentenceView>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The paragraphs of one article, made as they are read.</summary>
internal readonly struct ParagraphList(ArticleView article) : IReadOnlyList<ParagraphView>
{
    public int Count => article.ParagraphCount;

    public ParagraphView this[int index] =>
        (uint)index < (uint)Count ? new ParagraphView(article, index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IndexEnumerator<ParagraphList, ParagraphView> GetEnumerator() => new(this);

    IEnumerator<ParagraphView> IEnumerable<ParagraphView>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Walks a list of views by index: the list is a value, and so is its enumerator.</summary>
internal struct IndexEnumerator<TList, T>(TList list) : IEnumerator<T>
    where TList : struct, IReadOnlyList<T>
{
    private int _index = -1;

    public readonly T Current => list[_index];

    readonly object? IEnumerator.Current => Current;

    public bool MoveNext() => ++_index < list.Count;

    public void Reset() => _index = -1;

    public readonly void Dispose()
    {
    }
}
