using System.Text;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// Markdown, optionally with YAML front matter, parsed by Markdig (<see cref="MarkdownBlocks"/>). Headings become
/// heading paragraphs, each list item its own paragraph; links keep their text; code, tables and comments are dropped.
/// Without a title (in front matter or a first "# " heading) the text is read as plain text is.
/// </summary>
internal static class MarkdownParser
{
    public static ParsedDocument Parse(ReadOnlyMemory<char> text)
    {
        var doc = new ParsedDocument();
        var bodyStart = FrontMatter.Read(text.Span, doc);
        var blocks = MarkdownBlocks.Of(text[bodyStart..].ToString());
        if (doc.Title.Length == 0 && blocks.Count > 0 && blocks[0].IsTitleHeading)
        {
            doc.Title = blocks[0].HeadingText;
            blocks.RemoveAt(0);
        }

        if (doc.Title.Length == 0)
        {
            return PlainTextParser.Parse(AsPlainText(blocks), doc);
        }

        var first = true;
        var furniture = new FurnitureFilter(doc.Title);
        foreach (var block in blocks)
        {
            if (block.IsHeading)
            {
                var heading = block.HeadingText;
                if (heading.Length > 0 && !(block.IsTitleHeading && string.Equals(heading, doc.Title, StringComparison.OrdinalIgnoreCase)))
                {
                    doc.Paragraphs.Add(new RawParagraph(heading.AsMemory(), IsHeading: true));
                    first = false;
                }

                continue;
            }

            var lines = furniture.Keep(block.Lines, doc.Paragraphs);
            if (lines.Count == 0)
            {
                continue;
            }

            if (first && doc.Authors.Count == 0 && lines.Count == 1 && LineShapes.Byline(lines[0].Span) is { } names)
            {
                doc.Authors.AddRange(names);
                first = false;
                continue;
            }

            first = false;
            doc.Paragraphs.Add(new RawParagraph(Lines.JoinTrimmed(lines), IsHeading: false));
        }

        return doc;
    }

    /// <summary>The blocks as one text, blank-line separated, headings as lines of their own.</summary>
    private static ReadOnlyMemory<char> AsPlainText(List<MarkdownBlock> blocks)
    {
        var plain = new StringBuilder();
        foreach (var block in blocks)
        {
            if (plain.Length > 0)
            {
                plain.Append("\n\n");
            }

            for (var i = 0; i < block.Lines.Count; i++)
            {
                if (i > 0)
                {
                    plain.Append('\n');
                }

                plain.Append(block.Lines[i].Span);
            }
        }

        return plain.ToString().AsMemory();
    }
}
