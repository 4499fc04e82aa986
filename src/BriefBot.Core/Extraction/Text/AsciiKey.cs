namespace BriefBot.Core.Extraction.Text;

/// <summary>
/// <see cref="Folding.Key"/> for text in plain ASCII, written into a buffer instead of through a token list: the same
/// words as <see cref="Tokenizer"/> finds (letters and digits joined by single apostrophes, possessive "'s" dropped,
/// '&amp;' read as "and"), lower-cased and joined by single spaces. Most names and terms are ASCII.
/// </summary>
internal static class AsciiKey
{
    /// <summary>The longest text this folds (its key needs at most four times its length: "&amp;" becomes "and ").</summary>
    public const int MaxLength = 256;

    /// <summary>The buffer <see cref="TryWrite"/> needs for text of this length (none for text too long to fold here).</summary>
    public static int BufferFor(int length) => length > MaxLength ? 0 : 4 * length;

    /// <summary>Writes the key of <paramref name="text"/> into <paramref name="key"/>; false (and nothing written) when the text is not ASCII or too long.</summary>
    public static bool TryWrite(ReadOnlySpan<char> text, Span<char> key, out int written)
    {
        written = 0;
        if (text.Length > MaxLength || key.Length < 4 * text.Length || !System.Text.Ascii.IsValid(text))
        {
            return false;
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&')
            {
                Append(key, ref written, "and");
                i++;
                continue;
            }

            if (!WordChars.IsWordChar(c))
            {
                i++;
                continue;
            }

            var start = i;
            var end = Tokenizer.WordEnd(text, i);
            var length = end - start;
            if (length > 2 && text[end - 2] == '\'' && text[end - 1] is 's' or 'S')
            {
                length -= 2;
            }

            if (written > 0)
            {
                key[written++] = ' ';
            }

            for (var k = start; k < start + length; k++)
            {
                key[written++] = char.IsAsciiLetterUpper(text[k]) ? (char)(text[k] | 0x20) : text[k];
            }

            i = end;
        }

        return true;
    }

    private static void Append(Span<char> key, ref int written, string word)
    {
        if (written > 0)
        {
            key[written++] = ' ';
        }

        word.CopyTo(key[written..]);
        written += word.Length;
    }
}
