namespace BriefBot.Core.Ingestion;

/// <summary>
/// Plain text as people paste it: the title on the first line (continued on the second when it runs on),
/// then optional "Source: X", byline ("By X" or a name alone) and date lines, then the body in blank-line separated paragraphs.
/// </summary>
internal static class PlainTextParser
{
    private const int MaxHeaderBlocks = 5;

    public static ParsedDocument Parse(string text) => Parse(text, new ParsedDocument());

    /// <param name="start">Where in <paramref name="text"/> the article starts (after any front matter).</param>
    public static ParsedDocument Parse(string text, ParsedDocument doc, int start = 0)
    {
        var blocks = Blocks.Split(text, start);
        if (blocks.Count == 0)
        {
            throw new ContentFormatException("it has no text");
        }

        var index = 0;
        if (doc.Title.Length == 0)
        {
            var first = blocks[0];
            var title = first[0].Trim();
            var line = 1;
            if (first.Count > 1 && ContinuesTitle(title, first[1]))
            {
                title = title + " " + first[1].Trim();
                line = 2;
            }

            doc.Title = title;
            var rest = first.Skip(line).ToList();
            index = 1;
            if (rest.Count > 0)
            {
                blocks.Insert(1, rest);
            }
        }

        // Header lines after the title: source, byline, date, url, in any order.
        var headerBlocks = 0;
        while (index < blocks.Count && headerBlocks < MaxHeaderBlocks)
        {
            var block = blocks[index];
            if (!block.All(l => TakeHeaderLine(l, doc)))
            {
                break;
            }

            index++;
            headerBlocks++;
        }

        foreach (var block in blocks.Skip(index))
        {
            AddBlock(block, doc);
        }

        if (doc.Authors.Count == 0)
        {
            foreach (var p in doc.Paragraphs.AsEnumerable().Reverse().Where(p => !p.IsHeading).Take(3))
            {
                if (LineShapes.BioName(p.Text) is { } name)
                {
                    doc.Authors.Add(name);
                    break;
                }
            }
        }

        return doc;
    }

    internal static void AddBlock(List<string> block, ParsedDocument doc)
    {
        var current = new List<string>();
        void Flush()
        {
            if (current.Count > 0)
            {
                var joined = string.Join(' ', current.Select(l => l.Trim()));
                var heading = current.Count == 1 && LineShapes.LooksLikeHeading(joined);
                doc.Paragraphs.Add(new RawParagraph(joined, heading));
                current.Clear();
            }
        }

        foreach (var line in block)
        {
            if (LineShapes.IsListItem(line) || LineShapes.StartsWithDate(line))
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

    private static bool TakeHeaderLine(string line, ParsedDocument doc)
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

        if (doc.Date is null && t.Length <= 40 && DateText.Parse(StripDateLabel(t)) is { } date)
        {
            doc.Date = date;
            return true;
        }

        return false;
    }

    private static string StripDateLabel(string t)
    {
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and < 15 && !char.IsDigit(t[0]) ? t[(colon + 1)..] : t;
    }

    private static bool ContinuesTitle(string title, string next)
    {
        var n = next.Trim();
        if (n.Length == 0 || LineShapes.SourceLine(n) is not null || LineShapes.Byline(n) is not null ||
            LineShapes.NameAlone(n) is not null || DateText.Parse(n) is not null && n.Length <= 40)
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

        return n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && LineShapes.LooksLikeHeading(n) &&
               LineShapes.LooksLikeHeading(title);
    }
}

/// <summary>Blank-line separated blocks of lines.</summary>
internal static class Blocks
{
    /// <summary>The blocks of <c>text[start..]</c>, each line without its trailing white space.</summary>
    public static List<List<string>> Split(string text, int start = 0)
    {
        var blocks = new List<List<string>>();
        var current = new List<string>();
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(start, end - start).TrimEnd();
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

            current.Add(line.ToString());
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }
}
