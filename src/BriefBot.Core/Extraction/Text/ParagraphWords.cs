namespace BriefBot.Core.Extraction.Text;

/// <summary>
/// The words of each sentence of one paragraph (<see cref="WordRanges.Of"/>), kept while the paragraph is read so that
/// the finders that read it sentence by sentence and those that read it whole split each sentence once.
/// </summary>
internal sealed class ParagraphWords
{
    private WordRange[] _words = new WordRange[256];
    private int[] _starts = new int[17];
    private int _count;
    private int _sentences;

    public void Clear()
    {
        _count = 0;
        _sentences = 0;
    }

    /// <summary>Keeps <paramref name="words"/> as the next sentence's.</summary>
    public void Add(ReadOnlySpan<WordRange> words)
    {
        if (_count + words.Length > _words.Length)
        {
            Array.Resize(ref _words, Math.Max(_words.Length * 2, _count + words.Length));
        }

        if (_sentences + 2 > _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
        }

        words.CopyTo(_words.AsSpan(_count));
        _starts[_sentences] = _count;
        _count += words.Length;
        _starts[++_sentences] = _count;
    }

    /// <summary>The words of the paragraph's sentence <paramref name="index"/>, in the order they were added.</summary>
    public ReadOnlySpan<WordRange> Of(int index) => _words.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
}
