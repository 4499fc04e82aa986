using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Works cited by a work noun and their title, with a year or no date at all: "his new book “Title”", "author of “Title”",
/// "a 2019 study called “Title”", "the agency's 2018 National Defence Strategy" (a capitalised title that ends in a
/// document noun, after its year).
/// </summary>
internal static partial class TitledWorks
{
    private const string Quoted = @"(?:[“""][ ]?(?<t>[^”""“]{2,200}?)[ ]?[”""]|‘(?<t>[^‘“”]{2,200}?)’(?![\p{L}]))";

    /// <summary>A work noun (or "author of") right before a quoted title, with "titled", "called" … between them or not.</summary>
    [GeneratedRegex(@"\b(?:(?:author|co-author|editor)[ ]+of|(?<noun>book|novel|memoir|biography|report|study|paper|article|essay|op-ed|column|commentary|piece|review|strategy|monograph|survey|assessment|documentary|podcast|dissertation|thesis|brief)(?:,?[ ]+(?<link>titled|entitled|called|named))?,?)[ ]*" + Quoted,
        Patterns.Generated | RegexOptions.IgnoreCase)]
    private static partial Regex WorkThenTitle { get; }

    /// <summary>"2018 National Defense Strategy": a year, then capitalised words ending in a document noun.</summary>
    [GeneratedRegex(@"(?<![\d.,$£€-])\b(?<y>(?:19|20)\d{2})[ ]+(?<t>\p{Lu}[\p{L}-]*(?:[ ]+(?:\p{Lu}[\p{L}-]*|of|on|and|for|the|in|to)){0,6}?[ ]+(?:Strategy|Review|Report|Index|Survey|Assessment|Outlook|White[ ]Paper|Doctrine|Estimate|Yearbook))\b",
        Patterns.Generated)]
    private static partial Regex YearThenTitle { get; }

    private const string CapitalRun = @"(?<t>(?:(?:The|A|An)[ ]+)?[\p{Lu}\d][\p{L}\d'’-]*(?:[ ]+(?:[\p{Lu}\d][\p{L}\d'’-]*|of|the|and|in|on|for|to|a|an|at|with|from|or)){0,10}?)";

    /// <summary>
    /// A title written without quotation marks (it was in italics on the page): after "titled", or after "his book",
    /// "the agency's 2019 report" and the like; it runs in capitals up to a comma, a full stop or a bracket.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:titled|entitled)|(?:his|her|their|its|my|our|[\p{L}]+['’]s)[ ]+(?:(?<y>(?:19|20)\d{2})[ ]+|(?:new|latest|recent|forthcoming|first|last|bestselling|best-selling)[ ]+){0,2}(?:book|memoir|novel|biography))[ ]+" + CapitalRun + @"(?=[ ]*[,.;:(]|[ ]+[–—][ ]|$)",
        Patterns.Generated)]
    private static partial Regex UnquotedTitle { get; }

    private static readonly SearchValues<string> UnquotedCues = SearchValues.Create(
        ["titled", "entitled", "book ", "memoir ", "novel ", "biography "], StringComparison.Ordinal);

    /// <summary>A year in the words just before a work noun: "his 2019 article", "a 2017 report by".</summary>
    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})(?:[ ]+[\p{L}-]+){0,2}[ ]*$", Patterns.Generated | RegexOptions.RightToLeft)]
    private static partial Regex YearBefore { get; }

    /// <summary>The last word before an opening quotation mark, for <see cref="WorkThenTitle"/>.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBeforeTitle = new[]
    {
        "of", "titled", "entitled", "called", "named", "book", "novel", "memoir", "biography", "report", "study", "paper",
        "article", "essay", "op-ed", "column", "commentary", "piece", "review", "strategy", "monograph", "survey",
        "assessment", "documentary", "podcast", "dissertation", "thesis", "brief",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> DocumentNouns = SearchValues.Create(
        ["Strategy", "Review", "Report", "Index", "Survey", "Assessment", "Outlook", "White Paper", "Doctrine", "Estimate", "Yearbook"],
        StringComparison.Ordinal);

    private static readonly SearchValues<char> OpeningMarks = SearchValues.Create("“\"‘");

    /// <summary>Quoted titles after a work noun, not already found at the offsets in <paramref name="seen"/>.</summary>
    public static void FindQuoted(ParagraphView p, HashSet<int> seen, List<RawReading> readings, Func<ParagraphView, int, bool> mine)
    {
        if (!QuoteAfterTitleWord(p.Text))
        {
            return;
        }

        for (var m = WorkThenTitle.Match(p.Text); m.Success; m = m.NextMatch())
        {
            var t = m.Groups["t"];
            var title = t.Value.Trim().TrimEnd(',', ';', ':').Trim();
            title = title.EndsWith(" .", StringComparison.Ordinal) ? title[..^2] : title; // “ Title .” as some pages space it
            if (!LooksLikeTitle(title) || FindingsNouns.Contains(m.Groups["noun"].Value) && !m.Groups["link"].Success && !TitleCased(title) ||
                !seen.Add(t.Index))
            {
                continue;
            }

            p.AddTitle(t.Index, t.Index + t.Length);
            var s = p.SentenceAt(t.Index);
            var year = YearBefore.Match(p.Text, Math.Max(0, m.Index - 40), m.Index - Math.Max(0, m.Index - 40));
            var firstPerson = mine(p, m.Index);
            readings.Add(new RawReading(title, null, [], p, s, null, t.Index, firstPerson, InList: false,
                Year: year.Success ? int.Parse(year.Groups["y"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : null));
        }
    }

    /// <summary>Titles without quotation marks after "titled" or "her book" ("her book The Long Thaw, published in 2020").</summary>
    public static void FindUnquoted(ParagraphView p, HashSet<int> seen, List<RawReading> readings)
    {
        if (p.Chars.IndexOfAny(UnquotedCues) < 0)
        {
            return;
        }

        for (var m = UnquotedTitle.Match(p.Text); m.Success; m = m.NextMatch())
        {
            var t = m.Groups["t"];
            var last = t.Value[(t.Value.LastIndexOf(' ') + 1)..];
            if (!char.IsUpper(last[0]) && !char.IsDigit(last[0]) || p.InTitle(t.Index, t.Index + t.Length) || !seen.Add(t.Index))
            {
                continue;
            }

            p.AddTitle(t.Index, t.Index + t.Length);
            var year = m.Groups["y"].Success ? m.Groups["y"] : YearBefore.Match(p.Text, Math.Max(0, m.Index - 40), m.Index - Math.Max(0, m.Index - 40)).Groups["y"];
            readings.Add(new RawReading(t.Value, null, [], p, p.SentenceAt(t.Index), null, t.Index, false, InList: false,
                Year: year.Success ? int.Parse(year.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : null));
        }
    }

    /// <summary>Capitalised titles of documents after their year ("the 2018 National Defense Strategy").</summary>
    public static void FindAfterYear(ParagraphView p, HashSet<int> seen, List<RawReading> readings)
    {
        if (p.Chars.IndexOfAny(DocumentNouns) < 0)
        {
            return;
        }

        for (var m = YearThenTitle.Match(p.Text); m.Success; m = m.NextMatch())
        {
            var t = m.Groups["t"];
            if (!t.Value.Contains(' ', StringComparison.Ordinal) || p.InTitle(t.Index, t.Index + t.Length) || !seen.Add(t.Index))
            {
                continue;
            }

            p.AddTitle(t.Index, t.Index + t.Length);
            readings.Add(new RawReading(t.Value, null, [], p, p.SentenceAt(t.Index), null, t.Index, false, InList: false,
                Year: int.Parse(m.Groups["y"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Documents whose findings are often quoted right after their noun ("the report “found widespread abuse”").</summary>
    private static readonly FrozenSet<string> FindingsNouns = new[]
    {
        "report", "study", "paper", "review", "strategy", "survey", "assessment", "brief", "commentary", "piece",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word of four letters or more starts with a capital ("War Watch", "The Long Game").</summary>
    private static bool TitleCased(string title)
    {
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && char.IsLetter(word[0]) && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A title starts with a capital or a digit and is not a quoted sentence or two.</summary>
    private static bool LooksLikeTitle(string title) =>
        title.Length >= 2 && (char.IsUpper(title[0]) || char.IsDigit(title[0])) &&
        !title.Contains(". ", StringComparison.Ordinal) && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 25;

    private static bool QuoteAfterTitleWord(string text)
    {
        var at = text.AsSpan().IndexOfAny(OpeningMarks);
        while (at >= 0)
        {
            var word = text.AsSpan(0, at).TrimEnd(' ').TrimEnd(',');
            var start = word.Length;
            while (start > 0 && (char.IsLetter(word[start - 1]) || word[start - 1] == '-'))
            {
                start--;
            }

            if (start < word.Length && WordsBeforeTitle.Contains(word[start..]))
            {
                return true;
            }

            var next = text.AsSpan(at + 1).IndexOfAny(OpeningMarks);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }
}
