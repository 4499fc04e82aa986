using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Ingestion;

/// <summary>Reads the date forms articles use: "8 June 2018", "June 8, 2018", "2018-06-08", "8 Jun. 2018".</summary>
public static partial class DateText
{
    /// <summary>A pattern (no anchors, no captures) that matches one full date in any supported form.</summary>
    public const string Pattern =
        @"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Months + @"\.?,?\s+\d{4}|" + Months + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})";

    private const string Months =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly FrozenSet<string> MonthWords = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = MonthWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsMonthName(string word) => IsMonthName(word.AsSpan());

    /// <summary>Whether the word, less any final full stops, names a month ("Jan.", "september").</summary>
    public static bool IsMonthName(ReadOnlySpan<char> word) => MonthLookup.Contains(word.TrimEnd('.'));

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        var iso = IsoDate().Match(t);
        if (iso.Success)
        {
            return Make(Int(iso.Groups["y"].Value), Int(iso.Groups["m"].Value), Int(iso.Groups["d"].Value));
        }

        var dmy = DayMonthYear().Match(t);
        if (dmy.Success)
        {
            return Make(Int(dmy.Groups["y"].Value), Month(dmy.Groups["m"].Value), Int(dmy.Groups["d"].Value));
        }

        var mdy = MonthDayYear().Match(t);
        if (mdy.Success)
        {
            return Make(Int(mdy.Groups["y"].Value), Month(mdy.Groups["m"].Value), Int(mdy.Groups["d"].Value));
        }

        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)
            ? DateOnly.FromDateTime(dto.UtcDateTime)
            : null;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int Month(string name)
    {
        var w = name.TrimEnd('.').ToLowerInvariant();
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(w, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static DateOnly? Make(int y, int m, int d) =>
        m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), m) && y is >= 1 and <= 9999
            ? new DateOnly(y, m, d)
            : null;

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + Months + @")\.?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();
}
