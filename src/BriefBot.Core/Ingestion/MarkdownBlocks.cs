using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// A Markdown body (front matter already read) as the blocks an article is made of, in reading order, parsed by
/// Markdig: code, tables, link definitions, rules and HTML comments carry no prose and are left out.
/// </summary>
internal static partial class MarkdownBlocks
{
    // Pipelines are immutable and thread-safe once built; files are parsed in parallel.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .Build();

    // Link brackets nested deeper than this are read as literal brackets: Markdig's time grows with the square of the
    // nesting, and no article nests links.
    private const int MaxBracketDepth = 32;

    public static List<MarkdownBlock> Of(string body)
    {
        var blocks = new List<MarkdownBlock>();
        Walk(Markdown.Parse(WithBoundedBrackets(body), Pipeline), blocks);
        return blocks;
    }

    private static string WithBoundedBrackets(string body)
    {
        if (DeepestBracket(body) <= MaxBracketDepth)
        {
            return body;
        }

        var bounded = new StringBuilder(body.Length + 64);
        var depth = 0;
        foreach (var c in body)
        {
            if (c == '[' && ++depth > MaxBracketDepth)
            {
                bounded.Append('\\');
            }
            else if (c == ']' && depth > 0)
            {
                depth--;
            }

            bounded.Append(c);
        }

        return bounded.ToString();
    }

    private static int DeepestBracket(string body)
    {
        var depth = 0;
        var deepest = 0;
        var at = body.AsSpan().IndexOfAny('[', ']');
        while (at >= 0)
        {
            depth = body[at] == '[' ? depth + 1 : Math.Max(0, depth - 1);
            deepest = Math.Max(deepest, depth);
            var next = body.AsSpan(at + 1).IndexOfAny('[', ']');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return deepest;
    }

    private static void Walk(ContainerBlock container, List<MarkdownBlock> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var title = MarkdownInlineText.Of(heading.Inline).ReplaceLineEndings(" ").Trim();
                    blocks.Add(new MarkdownBlock([title.AsMemory()], heading.Level, heading.IsSetext));
                    break;
                case ParagraphBlock paragraph:
                    AddLines(MarkdownInlineText.Of(paragraph.Inline), blocks);
                    break;
                case HtmlBlock html when html.Type is HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock:
                    AddLines(WebUtility.HtmlDecode(HtmlTag().Replace(html.Lines.ToString(), string.Empty)), blocks);
                    break;
                case Table or LinkReferenceDefinitionGroup:
                    break;
                case FootnoteGroup or Footnote or QuoteBlock or ListBlock or ListItemBlock:
                    Walk((ContainerBlock)block, blocks);
                    break;

                // Code (fenced or indented), rules, comments, scripts and the like hold no article text.
            }
        }
    }

    private static void AddLines(string text, List<MarkdownBlock> blocks)
    {
        var lines = new List<ReadOnlyMemory<char>>();
        var memory = text.AsMemory();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = memory[range].TrimEnd();
            if (!line.Span.IsWhiteSpace())
            {
                lines.Add(line);
            }
        }

        if (lines.Count > 0)
        {
            blocks.Add(new MarkdownBlock(lines));
        }
    }

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();
}
