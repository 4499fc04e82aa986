using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Extraction;

/// <summary>A cited work before its authors are settled.</summary>
/// <param name="NamedAuthors">Authors written next to the title ("(Jane Doe)", "by Jane Doe").</param>
/// <param name="LeadIn">For dated lists: the paragraph that introduces the list.</param>
/// <param name="TitleOffset">Where the title starts in the paragraph (running-text citations look left of it for the author).</param>
/// <param name="FirstPerson">The citing text says the article's author wrote it ("my article", "I wrote").</param>
internal sealed record RawReading(
    string Title,
    DateOnly? Date,
    IReadOnlyList<string> NamedAuthors,
    ParagraphView Paragraph,
    SentenceView Sentence,
    ParagraphView? LeadIn,
    int TitleOffset,
    bool FirstPerson,
    bool InList,
    int? Year = null);

/// <summary>
/// Finds cited works: dated list entries ("8 June 2018: “Title”", "- 3 March 2019: “Title” (Author)") and titles cited in
/// running text with a date or an author ("X developed the argument in “Title” (14 April 2022)", "my article about “Title”").
/// Marks every quoted title so that it is never taken for a concept.
/// </summary>
internal static partial class ReadingFinder
{
    private static readonly Regex DatedLine = new(
        @"^(?<date>" + DateText.Pattern + @")[ ]*[:–—-][ ]*(?<rest>.+)$", Patterns.Options | RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^(?:[“""](?<t>.+)[”""]|‘(?<t>.+)’)(?:[ ]*\((?<by>[^()]+)\)|[ ]+(?:by|–|—|-)[ ]+(?<by>[^.]+))?[ ]*[.]?$", Patterns.Generated)]
    private static partial Regex QuotedWithSuffix { get; }

    [GeneratedRegex(@"^(?<t>.+?)(?:[ ]*\((?<by>[^()]+)\)|[ ]+(?:by|–|—)[ ]+(?<by>[^.]+))?[ ]*[.]?$", Patterns.Generated)]
    private static partial Regex PlainWithSuffix { get; }

    private static readonly CuedRegex TitleThenDate = new(new Regex(
        @"(?:[“""](?<t>[^”""“]{3,200})[”""]|‘(?<t>[^‘“”]{3,200}?)’(?![\p{L}]))[ ]*\((?:(?<by>[^(),\d]+),[ ]*)?(?<date>" + DateText.Pattern + @"|\d{4})\)", Patterns.Options | RegexOptions.IgnoreCase), text => text.Contains('(', StringComparison.Ordinal));

    private static readonly CuedRegex TitleThenAuthor = new(new Regex(
        @"(?:[“""](?<t>[^”""“]{3,200})[”""]|‘(?<t>[^‘“”]{3,200}?)’(?![\p{L}]))[ ]*\((?<by>" + Patterns.Name + @"(?:[ ]+and[ ]+" + Patterns.Name + @")?)\)", Patterns.Options), text => text.Contains('(', StringComparison.Ordinal));

    private static readonly CuedRegex WorkNounTitle = new(new Regex(
        @"\b(?:article|piece|essay|book|report|paper|study|op-ed|column|commentary|analysis|monograph|chapter|assessment|post|blog)[ ]+(?:titled|entitled|called|about|on|named)[ ]+(?:[“""](?<t>[^”""“]{3,200})[”""]|‘(?<t>[^‘“”]{3,200}?)’(?![\p{L}]))",
        Patterns.Options | RegexOptions.IgnoreCase), text => QuoteAfterWord(text, WorkNounLinks));

    private static readonly CuedRegex TitledOnly = new(new Regex(@"\b(?:titled|entitled)[ ]+(?:[“""](?<t>[^”""“]{3,200})[”""]|‘(?<t>[^‘“”]{3,200}?)’(?![\p{L}]))", Patterns.Options | RegexOptions.IgnoreCase), text => QuoteAfterWord(text, TitledWords));

    [GeneratedRegex(@"\b(?:I|we)(?:['’]ve|['’]d|[ ]+have|[ ]+had)?[ ]+(?:[\p{Ll}-]+[ ]+){0,2}?(?:written|wrote|write|co-authored|coauthored|authored|published|described|argued|analy[sz]ed|explained|proposed|discussed|examined|elaborated|covered|detailed|outlined|explored|forecast|predicted)\b|\bmy[ ]+(?:[\p{Ll}-]+[ ]+){0,2}(?:work|works|articles|pieces|writings|essays|books|research|analyses)\b",
        Patterns.Generated)]
    private static partial Regex FirstPersonCue { get; }

    public static List<RawReading> Find(ArticleView article)
    {
        var readings = new List<RawReading>();
        ParagraphView? leadIn = null;
        foreach (var p in article.Paragraphs)
        {
            var dated = p.IsHeading || !MayStartWithDate(p.Chars) ? null : DatedLine.Match(p.Text);
            if (dated is { Success: true } && ParseListEntry(dated.Groups["rest"].Value) is { } entry)
            {
                p.AddTitle(0, p.Text.Length);
                var firstPerson = leadIn is { IsHeading: false } lead && FirstPersonCue.IsMatch(lead.Text);
                readings.Add(new RawReading(entry.Title, DateText.Parse(dated.Groups["date"].Value), entry.Authors, p, p.Sentences[0], leadIn,
                    0, firstPerson, InList: true));
                continue;
            }

            leadIn = p;
            if (p.IsHeading)
            {
                continue;
            }

            FindInRunningText(p, readings);
        }

        return readings;
    }

    [GeneratedRegex(@"\b(?:my|our)[ ]+(?:[\p{L}\p{N}-]+[ ]+){0,3}$", Patterns.Generated | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex MineBefore { get; }

    /// <summary>Whether "my" or "our" comes in the few words before <paramref name="at"/> ("my 2020 book").</summary>
    private static bool MineBeforeAt(ParagraphView p, int at) =>
        MineBefore.Match(p.Text, Math.Max(0, at - 60), at - Math.Max(0, at - 60)).Success;

    private static void FindInRunningText(ParagraphView p, List<RawReading> readings)
    {
        HashSet<int>? seen = null; // where titles already found start
        if (p.Quotes.IsEmpty)
        {
            // Titles in quotation marks that the quotation finder did not take (“ Title .”) and titles without them.
            TitledWorks.FindQuoted(p, seen = [], readings, MineBeforeAt);
            TitledWorks.FindAfterYear(p, seen, readings);
            TitledWorks.FindUnquoted(p, seen, readings);
            return; // every other running-text citation has a quoted title
        }

        for (var m = TitleThenDate.Match(p.Text); m.Success; m = m.NextMatch())
        {
            var t = m.Groups["t"];
            p.AddTitle(t.Index, t.Index + t.Length);
            (seen ??= []).Add(t.Index);
            var s = p.SentenceAt(t.Index);
            var by = m.Groups["by"].Success ? Names(m.Groups["by"].Value) : [];
            readings.Add(new RawReading(CleanTitle(t.Value), DateText.Parse(m.Groups["date"].Value), by, p, s, null, t.Index,
                FirstPersonBefore(p.Text, s, t.Index), InList: false));
        }

        for (var m = TitleThenAuthor.Match(p.Text); m.Success; m = m.NextMatch())
        {
            var t = m.Groups["t"];
            if (!(seen ??= []).Add(t.Index) || Names(m.Groups["by"].Value) is not { Count: > 0 } by)
            {
                continue;
            }

            p.AddTitle(t.Index, t.Index + t.Length);
            var s = p.SentenceAt(t.Index);
            readings.Add(new RawReading(CleanTitle(t.Value), DateInSentence(s), by, p, s, null, t.Index, false, InList: false));
        }

        TitledWorks.FindQuoted(p, seen ??= [], readings, MineBeforeAt);
        TitledWorks.FindAfterYear(p, seen, readings);
        TitledWorks.FindUnquoted(p, seen, readings);
        for (var m = WorkNounTitle.Match(p.Text); m.Success; m = m.NextMatch())
        {
            var t = m.Groups["t"];
            p.AddTitle(t.Index, t.Index + t.Length);
            if (!(seen ??= []).Add(t.Index))
            {
                continue;
            }

            var s = p.SentenceAt(t.Index);
            var mine = MineBefore.Match(p.Text, Math.Max(0, m.Index - 60), m.Index - Math.Max(0, m.Index - 60)).Success;
            if (mine)
            {
                readings.Add(new RawReading(CleanTitle(t.Value), DateInSentence(s), [], p, s, null, t.Index, true, InList: false));
            }
        }

        for (var m = TitledOnly.Match(p.Text); m.Success; m = m.NextMatch())
        {
            var t = m.Groups["t"];
            p.AddTitle(t.Index, t.Index + t.Length);
        }
    }

    // Cues (see Cues): each is true wherever its expression can match. Ignoring case, those expressions take the Kelvin
    // sign for "k" and no other character for an ASCII letter; none of the words below has a "k".

    /// <summary>The first three letters of every month name <see cref="DateText.Pattern"/> knows.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthStarts =
        new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words between a work noun and its quoted title in <see cref="WorkNounTitle"/>.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkNounLinks =
        new[] { "titled", "entitled", "called", "about", "on", "named" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitledWords =
        new[] { "titled", "entitled" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> OpeningMarks = SearchValues.Create("“\"‘");

    /// <summary>Cue for <see cref="DatedLine"/>: a date starts with a digit or a month name.</summary>
    private static bool MayStartWithDate(ReadOnlySpan<char> text) =>
        text.Length > 0 && char.IsDigit(text[0]) || text.Length >= 3 && MonthStarts.Contains(text[..3]);

    /// <summary>Whether an opening quotation mark follows one of <paramref name="words"/> and at least one space.</summary>
    private static bool QuoteAfterWord(string text, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        var at = text.AsSpan().IndexOfAny(OpeningMarks);
        while (at >= 0)
        {
            var before = text.AsSpan(0, at);
            var word = before.TrimEnd(' ');
            if (word.Length < before.Length)
            {
                var start = word.Length;
                while (start > 0 && char.IsLetter(word[start - 1]))
                {
                    start--;
                }

                if (words.Contains(word[start..]))
                {
                    return true;
                }
            }

            var next = text.AsSpan(at + 1).IndexOfAny(OpeningMarks);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    [GeneratedRegex(DateText.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate { get; }

    [GeneratedRegex(@"\b(?:my|our|I|we)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonWord { get; }

    [GeneratedRegex(@"\p{Lu}\p{Ll}+['’]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamePossessive { get; }

    [GeneratedRegex(@"[ ]*(?:,[ ]*and[ ]+|[ ]+and[ ]+|[ ]*&[ ]*|[ ]*;[ ]*|[ ]*,[ ]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator { get; }

    private static readonly char[] TitleEnd = [',', ';', ':'];

    private static readonly char[] DoubleQuotes = ['“', '”', '"'];

    private static string CleanTitle(string text) => text.Trim().TrimEnd(TitleEnd).Trim();

    private static DateOnly? DateInSentence(SentenceView s)
    {
        var m = AnyDate.Match(s.Text);
        return m.Success ? DateText.Parse(m.Value) : null;
    }

    private static bool FirstPersonBefore(string paragraph, SentenceView s, int titleStart)
    {
        var from = s.Offset;
        var clause = paragraph[from..Math.Max(from, titleStart)];
        return FirstPersonWord.IsMatch(clause) && !NamePossessive.IsMatch(clause);
    }

    private static (string Title, IReadOnlyList<string> Authors)? ParseListEntry(string rest)
    {
        var text = rest.Trim();
        var quoted = QuotedWithSuffix.Match(text);
        if (quoted.Success)
        {
            var by = quoted.Groups["by"].Success ? Names(quoted.Groups["by"].Value) : [];
            return (CleanTitle(quoted.Groups["t"].Value), by);
        }

        var plain = PlainWithSuffix.Match(text);
        if (!plain.Success || plain.Groups["t"].Value.Trim().Length < 3)
        {
            return null;
        }

        var names = plain.Groups["by"].Success ? Names(plain.Groups["by"].Value) : [];
        var title = names.Count > 0 || !plain.Groups["by"].Success ? plain.Groups["t"].Value : text;
        return (CleanTitle(CleanTitle(title).Trim(DoubleQuotes)), names);
    }

    private static List<string> Names(string value)
    {
        var names = new List<string>();
        foreach (var part in NameSeparator.Split(value))
        {
            var name = part.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!NameShape.LooksLikePersonName(name) && PersonFinder.Clean(name) is null)
            {
                return [];
            }

            names.Add(name);
        }

        return names;
    }
}
