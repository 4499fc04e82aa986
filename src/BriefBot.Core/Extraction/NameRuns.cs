using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Where a name (<see cref="Patterns.Name"/>) that ends at a given place can start: expressions that begin with
/// <c>(?&lt;![\p{L}\p{M}'’-])Name</c> and need something right after the name are run only from there.
/// </summary>
internal static class NameRuns
{
    /// <summary>
    /// The start of the run of name characters that ends at <paramref name="nameEnd"/> (less any spaces before it), not
    /// before <paramref name="from"/>; -1 when the last word of that run has no capital, so that no name ends there.
    /// Any name that ends there starts inside the run, and the character before the run is one the look-behind rejects anyway.
    /// </summary>
    public static int Start(string text, int from, int nameEnd)
    {
        while (nameEnd > from && text[nameEnd - 1] == ' ')
        {
            nameEnd--;
        }

        if (nameEnd <= from || !CapitalInLastWord(text, from, nameEnd))
        {
            return -1;
        }

        var start = nameEnd;
        while (start > from && IsNameChar(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>Whether the word ending at <paramref name="end"/> (after the last space, not before <paramref name="from"/>) has a capital.</summary>
    private static bool CapitalInLastWord(string text, int from, int end)
    {
        for (var i = end - 1; i >= from && text[i] is not (' ' or '\u00A0'); i--)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the spaces starting at <paramref name="i"/> end.</summary>
    public static int AfterSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>Every character a name can hold (and a few more).</summary>
    private static bool IsNameChar(char c) =>
        char.IsLetter(c) || c is ' ' or '\u00A0' or '\'' or '’' or '-' or '.' || WordChars.IsMark(c);
}
