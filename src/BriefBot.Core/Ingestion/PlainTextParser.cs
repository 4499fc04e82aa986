namespace BriefBot.Core.Ingestion;

/// <summary>
/// Plain text as people paste it: the title on the first line (continued on the second when it runs on),
/// then optional "Source: X", byline ("By X" or a name alone) and date lines, then the body in blank-line separated paragraphs.
/// </summary>
internal static class PlainTextParser
{
    private const int MaxHeaderBlocks = 5;

    /// <param name="start">Where in <paramref name="text"/> the article starts (after any front matter).</param>
    public static ParsedDocument Parse(ReadOnlyMemory<char> text, ParsedDocument doc, int start = 0)
    {
        var blocks = Blocks.Split(text, start);
        DropLeadingFurniture(blocks);
        if (blocks.Count == 0)
        {
            throw new ContentFormatException("it has no text");
        }

        var index = 0;
        if (doc.Title.Length == 0)
        {
            var first = blocks[0];
            var title = first[0].Span.Trim().ToString();
            var line = 1;
            if (first.Count > 1 && ContinuesTitle(title, first[1].Span))
            {
                title = title + " " + first[1].Span.Trim().ToString();
                line = 2;
            }

            doc.Title = title;
            index = 1;
            if (first.Count > line)
            {
                blocks.Insert(1, first[line..]);
            }
        }

        // Header lines after the title: source, byline, date, url, in any order.
        var headerBlocks = 0;
        while (index < blocks.Count && headerBlocks < MaxHeaderBlocks)
        {
            if (!blocks[index].TrueForAll(l => TakeHeaderLine(l.Span, doc)))
            {
                break;
            }

            index++;
            headerBlocks++;
        }

        var furniture = new FurnitureFilter(doc.Title);
        for (; index < blocks.Count; index++)
        {
            var block = furniture.Keep(blocks[index], doc.Paragraphs);
            if (block.Count > 0)
            {
                if (doc.Paragraphs.Count == 0)
                {
                    block[0] = PageFurniture.WithoutLead(block[0].Trim());
                }

                AddBlock(block, doc);
            }
        }

        if (doc.Authors.Count == 0)
        {
            AddBioAuthor(doc);
        }

        return doc;
    }

    /// <summary>Lines a pasted page puts before the title ("Skip to main content", a cookie banner) are not the title.</summary>
    private static void DropLeadingFurniture(List<List<ReadOnlyMemory<char>>> blocks)
    {
        while (blocks.Count > 0)
        {
            var first = blocks[0];
            while (first.Count > 0 && PageFurniture.IsBanner(first[0].Span))
            {
                first.RemoveAt(0);
            }

            if (first.Count > 0)
            {
                return;
            }

            blocks.RemoveAt(0);
        }
    }

    internal static void AddBlock(List<ReadOnlyMemory<char>> block, ParsedDocument doc)
    {
        var current = new List<ReadOnlyMemory<char>>();
        void Flush()
        {
            if (current.Count > 0)
            {
                var joined = Lines.JoinTrimmed(current);
                var heading = current.Count == 1 && LineShapes.LooksLikeHeading(joined.Span);
                doc.Paragraphs.Add(new RawParagraph(joined, heading));
                current.Clear();
            }
        }

        foreach (var line in block)
        {
            if (LineShapes.IsListItem(line.Span) || LineShapes.StartsWithDate(line.Span))
            {
                Flush();
                current.Add(LineShapes.StripListMarker(line.Trim()));
                Flush();
                continue;
            }

            current.Add(line);
        }

        Flush();
    }

    /// <summary>"Jane Doe is a ... analyst" in one of the last three paragraphs that are not headings names the author.</summary>
    private static void AddBioAuthor(ParsedDocument doc)
    {
        var looked = 0;
        for (var i = doc.Paragraphs.Count - 1; i >= 0 && looked < 3; i--)
        {
            if (doc.Paragraphs[i].IsHeading)
            {
                continue;
            }

            looked++;
            if (LineShapes.BioName(doc.Paragraphs[i].Text.Span) is { } name)
            {
                doc.Authors.Add(name);
                return;
            }
        }
    }

    private static bool TakeHeaderLine(ReadOnlySpan<char> line, ParsedDocument doc)
    {
        var t = line.Trim();
        if (LineShapes.SourceLine(t) is { } source && doc.Source is null)
        {
            doc.Source = source;
            return true;
        }

        if (LineShapes.UrlLine(t) is { } url && doc.Url is null)
        {
            doc.Url = url;
            return true;
        }

        if (doc.Authors.Count == 0 && (LineShapes.Byline(t) ?? LineShapes.NameAlone(t)) is { } names)
        {
            doc.Authors.AddRange(names);
            return true;
        }

        if (doc.Date is null && t.Length <= 40 && DateText.Parse(StripDateLabel(t).ToString()) is { } date)
        {
            doc.Date = date;
            return true;
        }

        return false;
    }

    private static ReadOnlySpan<char> StripDateLabel(ReadOnlySpan<char> t)
    {
        var colon = t.IndexOf(':');
        return colon is > 0 and < 15 && !char.IsDigit(t[0]) ? t[(colon + 1)..] : t;
    }

    private static bool ContinuesTitle(string title, ReadOnlySpan<char> next)
    {
        var n = next.Trim();
        if (n.Length == 0 || LineShapes.SourceLine(n) is not null || LineShapes.Byline(n) is not null ||
            LineShapes.NameAlone(n) is not null || n.Length <= 40 && DateText.Parse(n.ToString()) is not null)
        {
            return false;
        }

        if (char.IsLower(n[0]) || title.EndsWith(':') || title.EndsWith(',') || title.EndsWith('-') || title.EndsWith('–'))
        {
            return true;
        }

        var lastWord = title.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
        if (lastWord is "and" or "or" or "of" or "the" or "a" or "an" or "to" or "in" or "on" or "for" or "with" or "from" or "by" or "at" or "as" or "vs" or "vs.")
        {
            return true;
        }

        return LineShapes.CountWords(n) <= 12 && LineShapes.LooksLikeHeading(n) &&
               LineShapes.LooksLikeHeading(title);
    }
}

/// <summary>Blank-line separated blocks of lines.</summary>
internal static class Blocks
{
    /// <summary>The blocks of <c>text[start..]</c>, each line without its trailing white space.</summary>
    public static List<List<ReadOnlyMemory<char>>> Split(ReadOnlyMemory<char> text, int start = 0)
    {
        var blocks = new List<List<ReadOnlyMemory<char>>>();
        var current = new List<ReadOnlyMemory<char>>();
        var span = text.Span;
        while (start <= text.Length)
        {
            var nl = span[start..].IndexOf('\n');
            var end = nl < 0 ? text.Length : start + nl;
            var line = text[start..end].TrimEnd();
            start = end + 1;
            if (line.IsEmpty)
            {
                if (current.Count > 0)
                {
                    blocks.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }
}
