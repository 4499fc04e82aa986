using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Words in capitals that are shouting, not acronyms: two or more capitalised words in a row with one of four letters
/// or more ("JUST WATCHED", "HONG KONG (AGENCY) -", "KOREA HERALD"), and a place in capitals opening a news report
/// before its agency or a dash (a dateline: "SYDNEY - ...").
/// </summary>
internal static class ShoutedCapitals
{
    /// <summary>Whether word <paramref name="i"/> of <paramref name="words"/>, all in capitals, is shouting.</summary>
    public static bool IsShouted(string text, ReadOnlySpan<WordRange> words, int i)
    {
        var first = i;
        while (first > 0 && AllCaps(text, words[first - 1]) && SpaceBetween(text, words[first - 1], words[first]))
        {
            first--;
        }

        var last = i;
        while (last + 1 < words.Length && AllCaps(text, words[last + 1]) && SpaceBetween(text, words[last], words[last + 1]))
        {
            last++;
        }

        if (last > first)
        {
            for (var k = first; k <= last; k++)
            {
                if (words[k].Raw(text).Length >= 4)
                {
                    return true;
                }
            }
        }

        return i == 0 && IsDateline(text, words[0]);
    }

    /// <summary>"SYDNEY (AGENCY) - ...", "SYDNEY/OSLO - ...": the first word (and more places after "/"), then an agency in capitals in brackets, or a dash.</summary>
    private static bool IsDateline(string text, WordRange word)
    {
        var end = word.End;
        while (end + 1 < text.Length && text[end] == '/' && char.IsUpper(text[end + 1]))
        {
            end += 2; // "SYDNEY/BEIJING - ..."
            while (end < text.Length && (char.IsUpper(text[end]) || text[end] == ' ' && end + 1 < text.Length && char.IsUpper(text[end + 1])))
            {
                end++;
            }
        }

        var at = NameRuns.AfterSpaces(text, end);
        if (at == end || at >= text.Length)
        {
            return false;
        }

        if (text[at] != '(')
        {
            return text[at] is '-' or '–' or '—';
        }

        var close = text.IndexOf(')', at);
        return close > at + 1 && !text.AsSpan(at, close - at).ContainsAnyInRange('a', 'z'); // "(AGENCY)", not "(a definition)"
    }

    private static bool SpaceBetween(string text, WordRange a, WordRange b)
    {
        if (b.Start - a.End is < 1 or > 2)
        {
            return false;
        }

        for (var k = a.End; k < b.Start; k++)
        {
            if (text[k] is not ' ' and not '\u00A0')
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllCaps(string text, WordRange word)
    {
        var raw = word.Raw(text);
        var letters = 0;
        foreach (var c in raw)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
