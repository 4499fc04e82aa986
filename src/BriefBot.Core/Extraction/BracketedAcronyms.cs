namespace BriefBot.Core.Extraction;

/// <summary>
/// Acronyms defined in brackets beside a name: "Full Name (ACR)", "ACR (Full Name)" and "Full Name (Acro)".
/// </summary>
internal static class BracketedAcronyms
{
    /// <summary>
    /// "(ACR)" or "(ACR," right after a name, possibly after a possessive: in the brackets a capital, then capitals, digits,
    /// "&amp;", "." and "-", ending in a capital and capitals or digits (<c>\p{Lu}[\p{Lu}\p{N}&amp;.-]*\p{Lu}[\p{Lu}\p{N}]*</c>),
    /// then spaces and ",", ";" or ")".
    /// </summary>
    public static string? After(string text, int at)
    {
        var open = BracketAfter(text, at);
        if (open < 0)
        {
            return null;
        }

        var start = open + 1;
        var end = start;
        var lastMark = -1; // where the last "&", "." or "-" stands: a capital must follow it
        while (end < text.Length && (char.IsUpper(text[end]) || char.IsNumber(text[end]) || text[end] is '&' or '.' or '-'))
        {
            lastMark = text[end] is '&' or '.' or '-' ? end : lastMark;
            end++;
        }

        if (end == start || !char.IsUpper(text[start]))
        {
            return null;
        }

        var capital = false;
        for (var i = Math.Max(lastMark + 1, start + 1); i < end && !capital; i++)
        {
            capital = char.IsUpper(text[i]);
        }

        var after = NameRuns.AfterSpaces(text, end);
        return capital && after < text.Length && text[after] is ',' or ';' or ')' ? text[start..end] : null;
    }

    /// <summary>Where "(" stands at <paramref name="at"/>, after an optional "'s" and spaces; -1 if it does not.</summary>
    private static int BracketAfter(string text, int at)
    {
        var i = at;
        if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] == 's')
        {
            i += 2;
        }

        i = NameRuns.AfterSpaces(text, i);
        return i < text.Length && text[i] == '(' ? i : -1;
    }

    /// <summary>
    /// "ACR (Full Name)": the acronym written before the bracket that holds the run <paramref name="words"/>, when its
    /// letters fit the name; otherwise null.
    /// </summary>
    public static string? Before(string text, int start, int afterWord, List<string> words)
    {
        if (start < 2 || text[start - 1] != '(' || afterWord >= text.Length || text[afterWord] != ')')
        {
            return null;
        }

        var end = start - 1;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var from = end;
        while (from > 0 && (char.IsUpper(text[from - 1]) || char.IsDigit(text[from - 1]) || text[from - 1] == '&'))
        {
            from--;
        }

        if (end - from < 2 || from > 0 && char.IsLetterOrDigit(text[from - 1]))
        {
            return null;
        }

        var acronym = text[from..end];
        return AcronymFit.Fits(acronym, string.Join(' ', words)) ? acronym : null;
    }

    /// <summary>"Name (Acro)": an acronym written as a word ("Nato", "Opec") in brackets after the name, when its letters fit it.</summary>
    public static string? WordAfter(string text, int at, List<string> words)
    {
        var open = BracketAfter(text, at);
        if (open < 0 || open + 2 >= text.Length || !char.IsUpper(text[open + 1]))
        {
            return null;
        }

        var end = open + 2;
        while (end < text.Length && char.IsLower(text[end]))
        {
            end++;
        }

        if (end - open - 1 is < 3 or > 7 || end >= text.Length || text[end] != ')')
        {
            return null;
        }

        var acronym = text[(open + 1)..end];
        return AcronymFit.Fits(acronym, string.Join(' ', words)) ? acronym : null;
    }
}
