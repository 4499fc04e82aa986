using System.Text.RegularExpressions;

namespace BriefBot.Core.Ingestion;

/// <summary>Recognises the kinds of lines that pasted articles are made of.</summary>
internal static partial class LineShapes
{
    /// <summary>A short line without closing punctuation that is not a list entry: a section heading.</summary>
    public static bool LooksLikeHeading(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length is 0 or > 120 || StartsWithDate(t) || IsListItem(t))
        {
            return false;
        }

        var first = t[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '“' or '"' or '‘'))
        {
            return false;
        }

        if (CountWords(t) > 14)
        {
            return false;
        }

        var last = t.TrimEnd("”\"’')]*_ ");
        return last.Length > 0 && last[^1] is not ('.' or '!' or '?' or ':' or ';' or ',' or '…' or '-' or '–' or '—');
    }

    public static bool StartsWithDate(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart();
        return t.Length > 0 && MayStartDate(t[0]) && LeadingDate().IsMatch(t);
    }

    /// <summary>"Source: X" (also "Originally published in X", "Published by X").</summary>
    public static string? SourceLine(ReadOnlySpan<char> line) => MatchTrimmed(Source(), line) is { } m ? m.Groups["v"].Value.Trim() : null;

    /// <summary>"By Jane Doe and John Roe" (also "Author: ...", "Written by ...").</summary>
    public static IReadOnlyList<string>? Byline(ReadOnlySpan<char> line)
    {
        if (MatchTrimmed(By(), line) is not { } m)
        {
            return null;
        }

        // "By Jane Doe | 12 March 2023", "By Jane Doe — Reuters": the names come before the separator.
        var value = BylineTail().Replace(m.Groups["v"].Value, string.Empty);
        var names = SplitNames(value);
        return names.Count > 0 ? names : null;
    }

    /// <summary>A person's name alone on its line.</summary>
    public static IReadOnlyList<string>? NameAlone(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 80 || trimmed.Contains(':'))
        {
            return null;
        }

        var t = trimmed.ToString();
        var names = SplitNames(t);
        return names.Count > 0 && names.Count == NameParts(t).Length ? names : null;
    }

    /// <summary>"Jane Doe is a Berlin-based analyst ..." closing an article: the author's name.</summary>
    public static string? BioName(ReadOnlySpan<char> paragraph) =>
        MatchTrimmed(Bio(), paragraph) is { } m && NameShape.LooksLikePersonName(m.Groups["name"].Value) ? m.Groups["name"].Value : null;

    public static string? UrlLine(ReadOnlySpan<char> line) => MatchTrimmed(Url(), line) is { } m ? m.Groups["v"].Value : null;

    public static ReadOnlyMemory<char> StripListMarker(ReadOnlyMemory<char> line)
    {
        if (MayStartListItem(line.Span))
        {
            foreach (var marker in ListMarker().EnumerateMatches(line.Span))
            {
                return line[marker.Length..];
            }
        }

        return line;
    }

    public static bool IsListItem(ReadOnlySpan<char> line) => MayStartListItem(line) && ListMarker().IsMatch(line);

    public static List<string> SplitNames(string value)
    {
        var result = new List<string>();
        foreach (var part in NameParts(value))
        {
            var name = part.Trim().TrimEnd('.', ',', ';');
            if (NameShape.LooksLikePersonName(name) && !name.Split(' ').Any(w => Extraction.Lexicon.Words.RoleNouns.Contains(w) || Extraction.Lexicon.Words.OrgHeads.Contains(w)))
            {
                result.Add(name);
            }
        }

        return result;
    }

    /// <summary>How many words the text has between spaces, as <c>Split(' ', RemoveEmptyEntries).Length</c> counts them.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            if (!text[range].IsEmpty)
            {
                words++;
            }
        }

        return words;
    }

    // Cheap tests before the patterns below, which can only match text that starts so. '\d' is any decimal digit, as
    // char.IsDigit; letters beyond ASCII may match a month's initial when case is ignored, so they go to the pattern.
    private static bool MayStartListItem(ReadOnlySpan<char> line) => line.Length > 0 && (line[0] is '-' or '*' or '+' or '•' || char.IsDigit(line[0]));

    private static bool MayStartDate(char c) => char.IsDigit(c) || c >= 0x80 || "jfmasondJFMASOND".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// The pattern's match in the trimmed line, or null; most lines do not match, so the line becomes a string only
    /// when it does.
    /// </summary>
    private static Match? MatchTrimmed(Regex pattern, ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return pattern.IsMatch(t) ? pattern.Match(t.ToString()) : null;
    }

    private static string[] NameParts(string value) =>
        NameSeparators().Split(value.Trim()).Where(p => p.Trim().Length > 0).ToArray();

    [GeneratedRegex(@"^(?:" + DateText.Pattern + @")\s*[:–—-]", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"^(?:[-*+•]\s+|\d{1,3}[.)]\s+)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:Source|Sources|Originally published (?:in|by|at)|Published (?:in|by)|Via|Publication)\s*[:\-–]?\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Source();

    [GeneratedRegex(@"^(?:By|Written by|Author|Authors)\s*[:\-–]?\s+(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex By();

    [GeneratedRegex(@"^(?:URL|Link|Original|Read online)\s*:\s*(?<v>https?://\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\s*(?:[|•·]|\s[—–-]\s|,?\s*(?:" + DateText.Pattern + @")).*$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineTail();

    [GeneratedRegex(@"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|\s*;\s*|\s*,\s*)")]
    private static partial Regex NameSeparators();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){1,4}?)\s+(?:is|was|has been|serves as)\s+(?:an?|the)\s+")]
    private static partial Regex Bio();
}
