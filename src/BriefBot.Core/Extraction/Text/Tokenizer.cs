using System.Runtime.CompilerServices;

namespace BriefBot.Core.Extraction.Text;

/// <summary>A word of a sentence: its text without possessive "'s", the folded form and where it sits.</summary>
public readonly record struct Token(string Raw, string Folded, int Start, int End, bool Possessive)
{
    public bool IsCapitalised => Raw.Length > 0 && char.IsUpper(Raw[0]);
}

/// <summary>
/// Splits text into words: runs of letters, marks and digits, apostrophes inside words kept ("O’Neill", "don't"),
/// '&amp;' read as "and".
/// </summary>
public static class Tokenizer
{
    // The methods marked AggressiveOptimization run for every character of the corpus: they are compiled optimised on
    // first use instead of starting slow and being recompiled in the middle of a build, which is often run only once.
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Count(text));
        AddTokens(text, tokens);
        return tokens;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddTokens(string text, List<Token> tokens)
    {
        var i = 0;
        while (NextWord(text, ref i, out var start, out var end))
        {
            tokens.Add(text[start] == '&' ? new Token("&", "and", start, end, false) : Word(text, start, end));
        }
    }

    /// <summary>The next word at or after <paramref name="i"/>, which moves past it: '&amp;' alone is a word (read as "and").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool NextWord(ReadOnlySpan<char> text, ref int i, out int start, out int end)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&')
            {
                start = i;
                end = ++i;
                return true;
            }

            if (WordChars.IsWordChar(c))
            {
                start = i;
                end = i = WordEnd(text, i);
                return true;
            }

            i++;
        }

        start = end = i;
        return false;
    }

    /// <summary>How many tokens <see cref="Tokenize"/> finds, counted first so that the list is allocated once at its size.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Count(string text)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&')
            {
                count++;
                i++;
            }
            else if (WordChars.IsWordChar(c))
            {
                count++;
                i = WordEnd(text, i);
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    /// <summary>Where the word starting at <paramref name="start"/> ends: letters, marks and digits, joined by single apostrophes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (true)
        {
            while (i < text.Length && WordChars.IsWordChar(text[i]))
            {
                i++;
            }

            if (i + 1 < text.Length && WordChars.IsApostrophe(text[i]) && WordChars.IsWordChar(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }
    }

    private static Token Word(string text, int start, int end)
    {
        var length = RawLength(text, start, end);
        var possessive = length < end - start ||
            (end < text.Length && WordChars.IsApostrophe(text[end]) && text[end - 1] == 's' && (end + 1 >= text.Length || !char.IsLetter(text[end + 1]))); // plural possessive: "Sciences’"
        var (raw, folded) = WordStrings.Get(text.AsSpan(start, length));
        return new Token(raw, folded, start, end, possessive);
    }

    /// <summary>How long the word from <paramref name="start"/> to <paramref name="end"/> is without a possessive "'s".</summary>
    internal static int RawLength(ReadOnlySpan<char> text, int start, int end) =>
        end - start > 2 && WordChars.IsApostrophe(text[end - 2]) && text[end - 1] is 's' or 'S' ? end - start - 2 : end - start;
}
