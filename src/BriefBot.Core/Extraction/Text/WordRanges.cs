namespace BriefBot.Core.Extraction.Text;

/// <summary>
/// The words of a text exactly as <see cref="Tokenizer"/> splits them, as places instead of tokens: for the finders that
/// look at a few words of every sentence, so that the other words never become strings.
/// </summary>
internal ref struct WordRanges(string text)
{
    private int _at;

    public WordRange Current { get; private set; }

    public readonly WordRanges GetEnumerator() => this;

    public bool MoveNext()
    {
        if (!Tokenizer.NextWord(text, ref _at, out var start, out var end))
        {
            return false;
        }

        Current = new WordRange(start, end, Tokenizer.RawLength(text, start, end));
        return true;
    }
}

/// <summary>Where a word starts and ends (as <see cref="Token.Start"/> and <see cref="Token.End"/>) and how long it is without a possessive "'s".</summary>
internal readonly record struct WordRange(int Start, int End, int RawLength)
{
    /// <summary>The word without its possessive "'s", as <see cref="Token.Raw"/>.</summary>
    public ReadOnlySpan<char> Raw(string text) => text.AsSpan(Start, RawLength);

    /// <summary>As <see cref="Token.IsCapitalised"/>.</summary>
    public bool IsCapitalised(string text) => char.IsUpper(text[Start]);
}
