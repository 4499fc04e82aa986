using System.Collections.Frozen;

namespace BriefBot.Core.Extraction;

/// <summary>
/// The lower-case words before a role noun that belong to the role ("deputy national security adviser"), not to the
/// sentence ("said on Monday that adviser ..."): the role starts after the last function word or verb among them.
/// </summary>
internal static class RoleModifiers
{
    private static readonly FrozenSet<string> NotModifiers = new[]
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that", "this",
        "who", "which", "said", "says", "told", "is", "was", "are", "were", "be", "been", "has", "have", "had", "its", "his",
        "her", "their", "our", "led", "including", "like", "such", "than", "then", "when", "while", "after", "before", "also",
        "not", "no", "if", "so", "whose", "whom", "where", "according", "between", "against", "among",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Where the role starts among the words from <paramref name="from"/> to <paramref name="roleNoun"/>.</summary>
    public static int Start(string text, int from, int roleNoun)
    {
        var start = roleNoun;
        var end = roleNoun;
        while (end > from)
        {
            var wordEnd = end;
            while (wordEnd > from && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > from && text[wordStart - 1] != ' ')
            {
                wordStart--;
            }

            if (wordStart == wordEnd || NotModifiers.Contains(text[wordStart..wordEnd]))
            {
                break;
            }

            start = wordStart;
            end = wordStart;
        }

        return start;
    }
}
