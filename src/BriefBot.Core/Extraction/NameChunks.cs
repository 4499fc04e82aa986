using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>A run of capitalised words: the words (possessive "'s" removed), where it starts and where its last word ends.</summary>
/// <param name="Words">Valid until the next run is asked for: <see cref="NameChunks.Find"/> reuses the list (copy it to keep it).</param>
internal readonly record struct Chunk(IReadOnlyList<string> Words, int Start, int AfterWord);

/// <summary>Runs of capitalised words joined by spaces and connectors ("of", "and", "&amp;", "the"); a possessive ends a run.</summary>
internal static class NameChunks
{
    public static readonly FrozenSet<string> Connectors =
        new[] { "of", "for", "and", "the", "&", "de", "du", "des", "la", "le", "del", "on", "y", "et", "für" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<Chunk> Find(string text)
    {
        var words = new List<string>();
        var spare = new List<string>(); // the caller reads one list while the next run is gathered in the other
        var start = -1;
        var lastEnd = -1;
        var pendingConnectors = 0;
        for (var at = NextWord(text, 0, out var length); at >= 0; at = NextWord(text, at + length, out length))
        {
            var end = at + length;
            var gapOk = lastEnd >= 0 && IsSpaceGap(text, lastEnd, at);
            if (words.Count > 0 && !gapOk)
            {
                if (Close() is { } c)
                {
                    yield return c;
                }
            }

            var word = text.AsSpan(at, length);
            var possessive = false;
            if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
            {
                word = word[..^2];
                possessive = true;
            }
            else if (end < text.Length && text[end] is '’' or '\'' && word.EndsWith('s'))
            {
                possessive = true;
            }

            var capital = word.Length > 0 && (char.IsUpper(word[0]) || word is "&");
            if (capital)
            {
                if (words.Count == 0)
                {
                    start = at;
                }

                words.Add(WordStrings.Get(word).Raw);
                pendingConnectors = 0;
            }
            else if (words.Count > 0 && ConnectorLookup.TryGetValue(word, out var connector) && pendingConnectors < 2)
            {
                words.Add(connector);
                pendingConnectors++;
            }
            else
            {
                if (Close() is { } c)
                {
                    yield return c;
                }
            }

            lastEnd = end;
            if (possessive && words.Count > 0)
            {
                if (Close() is { } c)
                {
                    yield return c;
                }
            }
        }

        if (Close() is { } last)
        {
            yield return last;
        }

        Chunk? Close()
        {
            while (words.Count > 0 && Connectors.Contains(words[^1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            pendingConnectors = 0;
            if (words.Count == 0)
            {
                return null;
            }

            var result = new Chunk(words, start, lastEnd);
            (words, spare) = (spare, words);
            words.Clear();
            return result;
        }
    }

    // The methods marked AggressiveOptimization run for every character of the corpus: they are compiled optimised on
    // first use instead of starting slow and being recompiled in the middle of a build, which is often run only once.
    /// <summary>
    /// The next word at or after <paramref name="from"/>, or -1: letters, marks and digits, with apostrophes, full stops,
    /// pluses and hyphens inside ("U.S", "Al-Rashid", "O’Neill"), ending in a letter, mark, digit or plus; a single letter
    /// or digit; or "&amp;".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NextWord(string text, int from, out int length)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '&')
            {
                length = 1;
                return i;
            }

            if (!WordChars.IsWordChar(c))
            {
                continue;
            }

            var last = -1;
            for (var j = i + 1; j < text.Length && (WordChars.IsWordChar(text[j]) || text[j] is '\'' or '’' or '.' or '+' or '-'); j++)
            {
                if (text[j] == '+' || WordChars.IsWordChar(text[j]))
                {
                    last = j;
                }
            }

            if (last > 0)
            {
                length = last + 1 - i;
                return i;
            }

            if (WordChars.IsLetterOrNumber(c))
            {
                length = 1;
                return i;
            }
        }

        length = 0;
        return -1;
    }

    private static bool IsSpaceGap(string text, int from, int to)
    {
        if (to - from is < 1 or > 2)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (text[i] is not ' ' and not '\u00A0')
            {
                return false;
            }
        }

        return true;
    }
}
