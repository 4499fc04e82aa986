using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>The titles of <see cref="Titles"/> as a regular-expression alternation: "Lt. Gen.", "Lt Gen", "Madam".</summary>
internal static class TitlePatterns
{
    /// <summary>Longest first; each word may be followed by a full stop.</summary>
    public static readonly string Alternation = "(?:" + string.Join('|', Titles.Roles.Keys.Concat(Titles.Address)
        .OrderByDescending(t => t.Length)
        .Select(t => string.Join(@"\.?[ ]+", t.Split(' ').Select(Regex.Escape)) + @"\.?")) + ")";

    /// <summary>The first word of every title, for a cheap search before the expression is run.</summary>
    public static readonly string[] FirstWords = Titles.Roles.Keys.Concat(Titles.Address).Select(t => t.Split(' ')[0]).Distinct().ToArray();

    /// <summary>Titles that often stand before a single name: "Patriarch Kirill", "Pope Francis".</summary>
    private static readonly HashSet<string> BeforeOneName = new(StringComparer.Ordinal) { "Patriarch", "Archbishop", "Cardinal", "Grand Mufti", "Mufti" };

    /// <summary>
    /// Whether the title matched before a name is one: a rank written in full that is also an ordinary word ("General",
    /// "Major") needs a name of two words and no capitalised word before it ("Secretary General X" is no general).
    /// Forms of address and the usual honorifics always fit.
    /// </summary>
    public static bool Fits(string text, System.Text.RegularExpressions.Group title, string name)
    {
        var t = title.Value;
        if (Titles.Offices.Contains(t))
        {
            return false; // "Sen" without its full stop may be a name
        }

        if (t.EndsWith('.') || RoleOf(t) is null || BeforeOneName.Contains(t))
        {
            return true;
        }

        if (t.Length > 4 && !name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var before = title.Index - 1;
        if (before > 0 && text[before] == ' ')
        {
            var start = before;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            return start == before || !char.IsUpper(text[start]);
        }

        return true;
    }

    /// <summary>The role given by a title as matched ("Lt. Gen" → "lieutenant general"), or null for a form of address.</summary>
    public static string? RoleOf(string matched)
    {
        var key = string.Join(' ', matched.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries));
        return Titles.Roles.TryGetValue(key, out var role) ? role : null;
    }
}
