using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// The text a reader sees in Markdown inlines: links keep their text, emphasis and code their content, entities are
/// decoded; images, raw HTML tags and footnote marks go. A line break in the source is a '\n'.
/// </summary>
internal static partial class MarkdownInlineText
{
    public static string Of(ContainerInline? inlines)
    {
        if (inlines is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        Append(inlines, text);
        var plain = text.ToString();

        // An image or tag taken out of the middle of a line leaves its spaces on both sides.
        return plain.Contains("  ", StringComparison.Ordinal) ? DoubleSpaces().Replace(plain, " ") : plain;
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case AutolinkInline autolink when !autolink.IsEmail:
                text.Append(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
            case FootnoteLink:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;

            // Raw HTML tags, e-mail autolinks and anything else carry no text of the article.
        }
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex DoubleSpaces();
}
