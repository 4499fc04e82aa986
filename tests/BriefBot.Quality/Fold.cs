using System.Globalization;
using System.Text;

namespace BriefBot.Quality;

/// <summary>How score.py compares names: NFKC, curly quotes and dashes made plain, whitespace collapsed, outer quotes stripped, lower case.</summary>
internal static class Fold
{
    public static string Text(string? s)
    {
        s = (s ?? "").Normalize(NormalizationForm.FormKC)
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-');
        s = CollapseSpaces(s);
        s = StripSpaces(s).Trim('"').Trim('\'');
        return StripSpaces(s).ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>The folded name and aliases of an extracted item.</summary>
    public static HashSet<string> Names(string? name, IEnumerable<string?>? aliases)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { Text(name) };
        foreach (var a in aliases ?? [])
        {
            set.Add(Text(a));
        }

        return set;
    }

    /// <summary>Python's str.isspace: .NET's white space and the four separators U+001C–U+001F.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    /// <summary>Python's str.split(): words between runs of white space.</summary>
    public static int WordCount(string? s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s ?? "")
        {
            var space = IsSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    private static string StripSpaces(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    private static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        var inSpace = false;
        foreach (var c in s)
        {
            if (IsSpace(c))
            {
                if (!inSpace)
                {
                    sb.Append(' ');
                }

                inSpace = true;
            }
            else
            {
                sb.Append(c);
                inSpace = false;
            }
        }

        return sb.ToString();
    }
}
