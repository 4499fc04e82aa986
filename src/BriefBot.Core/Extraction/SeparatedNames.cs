using System.Buffers;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Runs an expression of the form <c>(?&lt;![\p{L}\p{M}'’-])Name(?:[ ]*,[ ]*|[ ]+[–—][ ]+|[ ]+-[ ]+|[ ]+(?=an?[ ]))(?=\S)</c>
/// only around its separators, instead of trying it at every capital of the sentence.
/// </summary>
/// <remarks>
/// A name cannot contain a separator, so a match's name ends right before one, inside the run of name characters
/// (letters, marks, apostrophes, hyphens, full stops, spaces) that ends there, and its last word, which starts with a
/// capital, lies between the separator and the space before it. Each separator with a capital in that word is tried in
/// order, the expression being run on a window from the start of the run to just past the separator: the first window
/// that matches holds the match a scan of the whole sentence would find first, and nothing after it is looked at. The
/// window starts after a character the leading look-behind rejects anyway (or where the previous match ended, after a
/// space or comma), and ends after the separator's spaces and the characters its look-aheads read.
/// </remarks>
internal static class SeparatedNames
{
    // Searched apart: a set of strings that holds one-character ones is searched several times slower.
    private static readonly SearchValues<char> SeparatorChars = SearchValues.Create(",–—");
    private static readonly SearchValues<string> SeparatorWords = SearchValues.Create([" - ", " a ", " an "], StringComparison.Ordinal);

    /// <summary>The first match of <paramref name="expression"/> in <paramref name="text"/> starting at or after <paramref name="from"/>.</summary>
    public static Match Next(Regex expression, string text, int from)
    {
        var nextChar = IndexOf(text, from, SeparatorChars);
        var nextWord = IndexOf(text, from, SeparatorWords);
        while (nextChar >= 0 || nextWord >= 0)
        {
            int sep;
            if (nextWord < 0 || nextChar >= 0 && nextChar < nextWord)
            {
                sep = nextChar;
                nextChar = IndexOf(text, sep + 1, SeparatorChars);
            }
            else
            {
                sep = nextWord;
                nextWord = IndexOf(text, sep + 1, SeparatorWords);
            }

            var nameEnd = sep;
            int windowEnd;
            if (text[sep] == ',')
            {
                windowEnd = NameRuns.AfterSpaces(text, sep + 1) + 1; // the spaces after the comma and the character (?=\S) reads
            }
            else if (text[sep] is '–' or '—')
            {
                if (sep == 0 || text[sep - 1] != ' ')
                {
                    continue; // the dash needs a space before it
                }

                windowEnd = NameRuns.AfterSpaces(text, sep + 1) + 1;
            }
            else if (text[sep + 1] == '-')
            {
                nameEnd = sep + 1; // " - ": sep is the space before the hyphen
                windowEnd = NameRuns.AfterSpaces(text, sep + 2) + 1;
            }
            else
            {
                nameEnd = sep + 1; // " a " or " an ": sep is the space before the article, (?=an?[ ]) reads three characters
                windowEnd = sep + 4;
            }

            var start = NameRuns.Start(text, from, nameEnd);
            if (start < 0)
            {
                continue;
            }

            windowEnd = Math.Min(windowEnd, text.Length);
            var m = expression.Match(text, start, windowEnd - start);
            if (m.Success)
            {
                return m;
            }
        }

        return Match.Empty;
    }

    private static int IndexOf(string text, int from, SearchValues<char> values) => text.AsSpan(from).IndexOfAny(values) is var i and >= 0 ? from + i : -1;

    private static int IndexOf(string text, int from, SearchValues<string> values) => text.AsSpan(from).IndexOfAny(values) is var i and >= 0 ? from + i : -1;
}
