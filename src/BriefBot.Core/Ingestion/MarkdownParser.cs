using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// Markdown, optionally with YAML front matter. "#" and underlined headings become heading paragraphs, each list
/// item its own paragraph; links keep their text, emphasis marks and code fences are dropped.
/// </summary>
internal static partial class MarkdownParser
{
    // Characters without which no inline mark (image, link, code, emphasis, tag, escape) is in a line.
    private static readonly SearchValues<char> InlineMarks = SearchValues.Create("[`*_<\\");

    public static ParsedDocument Parse(ReadOnlyMemory<char> text)
    {
        var doc = new ParsedDocument();
        var bodyStart = FrontMatter.Read(text.Span, doc);
        var blocks = new List<List<ReadOnlyMemory<char>>>();
        var current = new List<ReadOnlyMemory<char>>();
        var inFence = false;

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(current);
                current = [];
            }
        }

        // Each regular expression below can only match a line that starts (after white space) with certain characters or
        // holds a certain mark: those cheap tests come first. Lines keep no trailing white space, which no pattern reads.
        var lines = Lines.TrimmedFrom(text, bodyStart);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Span;
            var lead = Lines.FirstNonSpace(line);
            if (lead is '`' or '~' && (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal)))
            {
                inFence = !inFence;
                Flush();
                continue;
            }

            if (inFence || lead == '<' && HtmlComment().IsMatch(line) || lead is '-' or '*' or '_' && Rule().IsMatch(line))
            {
                Flush();
                continue;
            }

            if (lead is null)
            {
                Flush();
                continue;
            }

            var atx = lead == '#' ? Atx().Match(line.ToString()) : Match.Empty;
            var setext = i + 1 < lines.Count && current.Count == 0 && Lines.FirstNonSpace(lines[i + 1].Span) is '=' or '-' && Underline().IsMatch(lines[i + 1].Span) &&
                         !LineShapes.IsListItem(line);
            if (atx.Success || setext)
            {
                Flush();
                var heading = Inline(atx.Success ? atx.Groups["t"].Value : line.Trim().ToString());
                if (atx.Success && atx.Groups["h"].Value.Length == 1 && doc.Title.Length == 0 && doc.Paragraphs.Count == 0 && blocks.Count == 0)
                {
                    doc.Title = heading;
                }
                else if (heading.Length > 0 && !(atx.Success && atx.Groups["h"].Value.Length == 1 && string.Equals(heading, doc.Title, StringComparison.OrdinalIgnoreCase)))
                {
                    blocks.Add([("\u0001" + heading).AsMemory()]);
                }

                if (setext)
                {
                    i++;
                }

                continue;
            }

            current.Add(Inline(lead == '>' ? Blockquote().Replace(line.ToString(), string.Empty).AsMemory() : lines[i]));
        }

        Flush();
        if (doc.Title.Length == 0)
        {
            // No title in front matter or "# " heading: read it as plain text does.
            return PlainTextParser.Parse(AsPlainText(blocks), doc);
        }

        var first = true;
        var furniture = new FurnitureFilter(doc.Title);
        foreach (var written in blocks)
        {
            var block = written.Count == 1 && written[0].Span.StartsWith('\u0001') ? written : furniture.Keep(written, doc.Paragraphs);
            if (block.Count == 0)
            {
                continue;
            }

            if (block.Count == 1 && block[0].Span.StartsWith('\u0001'))
            {
                doc.Paragraphs.Add(new RawParagraph(block[0][1..], IsHeading: true));
                first = false;
                continue;
            }

            if (first && doc.Authors.Count == 0 && block.Count == 1 && LineShapes.Byline(block[0].Span) is { } names)
            {
                doc.Authors.AddRange(names);
                first = false;
                continue;
            }

            first = false;
            AddMarkdownBlock(block, doc);
        }

        return doc;
    }

    /// <summary>The blocks as one text, blank-line separated, without heading marks.</summary>
    private static ReadOnlyMemory<char> AsPlainText(List<List<ReadOnlyMemory<char>>> blocks)
    {
        var plain = new StringBuilder();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (b > 0)
            {
                plain.Append("\n\n");
            }

            for (var i = 0; i < blocks[b].Count; i++)
            {
                if (i > 0)
                {
                    plain.Append('\n');
                }

                plain.Append(blocks[b][i].Span.TrimStart('\u0001'));
            }
        }

        return plain.ToString().AsMemory();
    }

    private static void AddMarkdownBlock(List<ReadOnlyMemory<char>> block, ParsedDocument doc)
    {
        var current = new List<ReadOnlyMemory<char>>();
        void Flush()
        {
            if (current.Count > 0)
            {
                doc.Paragraphs.Add(new RawParagraph(Lines.JoinTrimmed(current), IsHeading: false));
                current.Clear();
            }
        }

        foreach (var line in block)
        {
            if (LineShapes.IsListItem(line.Span.TrimStart()))
            {
                Flush();
                current.Add(LineShapes.StripListMarker(line.TrimStart()));
                continue;
            }

            current.Add(line);
        }

        Flush();
    }

    /// <summary>Removes inline Markdown: links keep their text, images and emphasis marks go.</summary>
    private static ReadOnlyMemory<char> Inline(ReadOnlyMemory<char> text) =>
        text.Span.ContainsAny(InlineMarks) ? Inline(text.ToString()).AsMemory() : text;

    /// <inheritdoc cref="Inline(ReadOnlyMemory{char})"/>
    internal static string Inline(string text)
    {
        if (!text.AsSpan().ContainsAny(InlineMarks))
        {
            return text;
        }

        var t = Image().Replace(text, string.Empty);
        t = Link().Replace(t, "${t}");
        t = Code().Replace(t, "${t}");
        t = Strong().Replace(t, "${t}");
        t = Emphasis().Replace(t, "${t}");
        t = HtmlTag().Replace(t, string.Empty);
        return t.Replace("\\", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s{0,3}(?<h>#{1,6})\s+(?<t>.*?)\s*#*\s*$")]
    private static partial Regex Atx();

    [GeneratedRegex(@"^\s{0,3}(?:=+|-{2,})\s*$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*<!--.*-->\s*$")]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"^\s{0,3}>\s?")]
    private static partial Regex Blockquote();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<t>[^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`(?<t>[^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"(\*\*|__)(?<t>.+?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[*_](?<t>[^*_\s][^*_]*?)[*_](?![\p{L}\p{N}])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();
}
