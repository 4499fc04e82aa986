namespace BriefBot.Core.Extraction.Text;

/// <summary>
/// The words of a text exactly as <see cref="Tokenizer"/> splits them, as places instead of tokens: the person and
/// organisation finders look at a few words of every sentence, so the others never become strings, and the sentence is
/// split once for both.
/// </summary>
internal static class WordRanges
{
    [ThreadStatic]
    private static WordRange[]? t_buffer;

    /// <summary>The words of <paramref name="text"/> in a buffer this thread reuses: valid until the thread's next call.</summary>
    public static ReadOnlySpan<WordRange> Of(string text)
    {
        var buffer = t_buffer ??= new WordRange[64];
        var count = 0;
        var at = 0;
        while (Tokenizer.NextWord(text, ref at, out var start, out var end))
        {
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                t_buffer = buffer;
            }

            buffer[count++] = new WordRange(start, end, Tokenizer.RawLength(text, start, end));
        }

        return buffer.AsSpan(0, count);
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
