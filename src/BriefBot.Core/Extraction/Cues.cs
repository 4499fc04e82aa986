using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Cheap tests run before a finder's regular expression. Each is true whenever the expression could match, so skipping
/// the expression when its cue is false never loses a hit; it only saves scanning sentences that cannot match.
/// </summary>
internal static class Cues
{
    // The methods marked AggressiveOptimization run for every character of the corpus: they are compiled optimised on
    // first use instead of starting slow and being recompiled in the middle of a build, which is often run only once.
    /// <summary>
    /// True when one of <paramref name="words"/> ends right before spaces and a capital letter ("director Jane"). A word
    /// is recognised by its last run of letters, so this is true for every place the word itself could stand there.
    /// </summary>
    public static bool WordBeforeCapital(string text, LetterTails words)
    {
        var space = -1;
        return NextWordBeforeCapital(text, words, ref space, out _, out _);
    }

    /// <summary>
    /// The next place, after the space at <paramref name="space"/> (-1 at first), where one of <paramref name="words"/>
    /// may end right before spaces and a capital: <paramref name="tail"/> is where its last run of letters starts,
    /// <paramref name="end"/> where it ends. False when there is none left.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool NextWordBeforeCapital(string text, LetterTails words, ref int space, out int tail, out int end)
    {
        for (space = text.IndexOf(' ', space + 1); space >= 0 && space + 1 < text.Length; space = text.IndexOf(' ', space + 1))
        {
            if (text[space + 1] == ' ' || !char.IsUpper(text[space + 1]))
            {
                continue;
            }

            end = space;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            tail = end;
            while (tail > 0 && char.IsLetter(text[tail - 1]))
            {
                tail--;
            }

            if (words.Contains(text.AsSpan(tail, end - tail)))
            {
                return true;
            }
        }

        (tail, end) = (0, 0);
        return false;
    }

    /// <summary>True when a comma is followed (after any spaces) by "the", "a" or "an" and a space: "Mercosur, the trade bloc".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool ArticleAfterComma(string text)
    {
        for (var comma = text.IndexOf(',', StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(',', comma + 1))
        {
            var i = comma + 1;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var rest = text.AsSpan(i);
            if (rest.StartsWith("the ", StringComparison.Ordinal) || rest.StartsWith("a ", StringComparison.Ordinal) || rest.StartsWith("an ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the first <paramref name="end"/> characters end with " and" and at least one space.</summary>
    public static bool EndsWithAnd(string text, int end)
    {
        if (end == 0 || text[end - 1] != ' ')
        {
            return false;
        }

        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end >= 4 && text.AsSpan(end - 4, 4).SequenceEqual(" and");
    }
}

/// <summary>The last run of letters of each of a list of words and phrases ("director-general" → "general"), looked up without copying.</summary>
internal sealed class LetterTails
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _tails;

    public LetterTails(IEnumerable<string> words)
    {
        var tails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var start = word.Length;
            while (start > 0 && char.IsLetter(word[start - 1]))
            {
                start--;
            }

            if (start == word.Length)
            {
                throw new ArgumentException($"'{word}' does not end in a letter", nameof(words));
            }

            tails.Add(word[start..]);
        }

        _tails = tails.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> letters) => _tails.Contains(letters);
}
