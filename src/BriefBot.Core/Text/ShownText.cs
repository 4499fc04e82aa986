using System.Text;

namespace BriefBot.Core.Text;

/// <summary>
/// Text as a reply shows it: whitespace collapsed to single spaces, no doubled punctuation ("?." or ",,"), and cut,
/// when it must be, at the end of a sentence or clause with "…".
/// </summary>
public static class ShownText
{
    /// <summary>Collapses runs of whitespace, trims, and drops a mark that doubles the one before it ("Success?." → "Success?", ",," → ",").</summary>
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (builder.Length > 0 && Doubles(builder[^1], c, space))
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>"?." "!." ",," ";;" "::" ",." ";." and ". ." (a stop after a stop across a space): the second mark adds nothing.</summary>
    private static bool Doubles(char last, char c, bool spaced) =>
        (c == '.' && last is '?' or '!' or ',' or ';') ||
        (!spaced && c is ',' or ';' or ':' && last == c) ||
        (spaced && c == '.' && last == '.');

    /// <summary>The text with a full stop at its end, unless it already ends a sentence ("Why now?" stays as it is).</summary>
    public static string EndSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        var core = trimmed.TrimEnd('”', '"', '’', '\'', ')', ']', '»');
        return core.Length > 0 && core[^1] is '.' or '!' or '?' or '…' ? trimmed : trimmed + ".";
    }

    /// <summary>
    /// Cuts text longer than <paramref name="max"/> at the last end of a sentence or clause that keeps at least half of it,
    /// else at the last word, and marks the cut with "…". Text that fits is returned tidied and whole.
    /// </summary>
    public static string Clip(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Tidy(text);
        if (text.Length <= max)
        {
            return text;
        }

        var limit = Math.Max(1, max - 1);
        var cut = LastClauseEnd(text, limit);
        if (cut < max / 2)
        {
            cut = text.LastIndexOf(' ', limit - 1);
            cut = cut > max / 2 ? cut : limit;
        }

        return string.Concat(text[..cut].TrimEnd(',', ';', ':', ' ', '—', '–', '(').TrimEnd(), "…");
    }

    /// <summary>Where the last sentence or clause ending before <paramref name="limit"/> ends (after its mark), or -1.</summary>
    private static int LastClauseEnd(string text, int limit)
    {
        for (var i = Math.Min(limit, text.Length) - 1; i > 0; i--)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '!' or '?' or ',' or ';' or ':' or ')')
            {
                return i;
            }

            if (text[i] == ' ' && i + 1 < text.Length && text[i + 1] is '—' or '–')
            {
                return i;
            }
        }

        return -1;
    }
}
