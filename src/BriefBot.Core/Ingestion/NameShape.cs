using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Ingestion;

/// <summary>Whether a short piece of text has the shape of a person's name ("Jane Doe", "Lucía de la Cruz", "J. R. Smith").</summary>
public static partial class NameShape
{
    private static readonly FrozenSet<string> Particles = new[]
    {
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "den", "ter",
        "bin", "ibn", "bint", "al", "el", "y", "e",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNameWords = new[]
    {
        "the", "a", "an", "and", "or", "of", "in", "on", "for", "to", "with", "by", "from", "at", "is", "are", "was",
        "this", "that", "these", "those", "how", "why", "what", "when", "where", "who", "further", "related", "reading",
        "notes", "note", "sources", "source", "references", "introduction", "conclusion", "conclusions", "summary",
        "background", "analysis", "contents", "abstract", "acknowledgements", "acknowledgments", "disclaimer", "update",
        "editor", "editorial", "opinion", "comment", "commentary", "news", "report", "review", "share", "follow",
        "subscribe", "advertisement", "photo", "image", "video", "copyright", "all", "rights", "reserved",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool LooksLikePersonName(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return false;
        }

        var capitalised = 0;
        foreach (var word in words)
        {
            if (Particles.Contains(word))
            {
                continue;
            }

            if (NotNameWords.Contains(word) || DateText.IsMonthName(word) || !NameWord().IsMatch(word))
            {
                return false;
            }

            capitalised++;
        }

        return capitalised >= 2 && !Particles.Contains(words[^1]);
    }

    [GeneratedRegex(@"^(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}?[\p{Ll}\p{Lu}'’]+)*\.?)$")]
    private static partial Regex NameWord();
}
