using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// How the text around a run of capitalised words shapes an organisation's name: a number that begins it, a unit and
/// the body it belongs to, a connector that shows the run is the end of a longer name.
/// </summary>
internal static class OrganisationNameParts
{
    /// <summary>"21st" or "20" right before <paramref name="start"/>: a number that begins the name ("21st Century Studies Centre").</summary>
    public static string? OrdinalBefore(string text, int start)
    {
        var end = start - 1;
        if (end < 1 || text[end] != ' ')
        {
            return null;
        }

        var from = end;
        while (from > 0 && char.IsLetterOrDigit(text[from - 1]))
        {
            from--;
        }

        var token = text.AsSpan(from, end - from);
        if (token.IsEmpty || !char.IsDigit(token[0]) || from > 0 && !char.IsWhiteSpace(text[from - 1]) && text[from - 1] is not '(' and not '"' and not '“')
        {
            return null;
        }

        var digits = 0;
        while (digits < token.Length && char.IsDigit(token[digits]))
        {
            digits++;
        }

        var suffix = token[digits..];
        return suffix.IsEmpty && digits <= 3 || suffix is "st" or "nd" or "rd" or "th" ? token.ToString() : null;
    }

    /// <summary>
    /// "Strait Affairs Office of the State Council": a named unit "of the" named body it belongs to, each of two words or
    /// more ending in a head-word, is two organisations; otherwise null.
    /// </summary>
    public static (string Unit, string Parent)? SubBody(string org)
    {
        var of = org.IndexOf(" of the ", StringComparison.Ordinal);
        if (of < 0)
        {
            return null;
        }

        var unit = org[..of];
        var parent = org[(of + " of the ".Length)..];
        static bool Named(string name)
        {
            var words = name.Split(' ');
            return words.Length >= 2 && Words.OrgHeads.Contains(words[^1]) && words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0])));
        }

        return Named(unit) && Named(parent) ? (unit, parent) : null;
    }

    /// <summary>Whether a connector of names ("of", "for", "and", "on") stands right before <paramref name="at"/>.</summary>
    public static bool AfterConnector(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var from = end;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        return end > from && end < at && text.AsSpan(from, end - from) is "of" or "for" or "and" or "on" or "de";
    }
}
