using System.Text;
using BriefBot.Core.Replies;

namespace BriefBot.Discord.Rendering;

/// <summary>Turns reply blocks into Discord markdown, escaping raw text so it can never become markup.</summary>
internal static class DiscordMarkdown
{
    private const string Special = "\\*_~`|<>[]#";

    public static string Blocks(IEnumerable<Block> blocks) =>
        string.Join("\n\n", blocks.Select(Block).Where(b => b.Length > 0));

    public static string Block(Block block) => block switch
    {
        Paragraph paragraph => Spans(paragraph.Spans),
        BulletList list => string.Join('\n', list.Items.Select(item => "• " + Spans(item))),
        _ => string.Empty,
    };

    public static string Spans(IEnumerable<Span> spans) => string.Concat(spans.Select(Span));

    public static string Span(Span span)
    {
        // Markers must touch the text ("**Actors:** x", not "**Actors: **x"), so spaces at the edges stay outside.
        var core = span.Text.Trim();
        if (core.Length == 0 || (span.Style == SpanStyle.Plain && span.Url is null))
        {
            return Escape(span.Text);
        }

        var leading = span.Text[..span.Text.IndexOf(core[0], StringComparison.Ordinal)];
        var trailing = span.Text[(leading.Length + core.Length)..];
        return leading + Styled(span with { Text = core }) + trailing;
    }

    private static string Styled(Span span)
    {
        var text = span.Style.HasFlag(SpanStyle.Code) ? "`" + span.Text.Replace('`', '\'') + "`" : Escape(span.Text);
        if (span.Style.HasFlag(SpanStyle.Italic))
        {
            text = "*" + text + "*";
        }

        if (span.Style.HasFlag(SpanStyle.Bold))
        {
            text = "**" + text + "**";
        }

        return span.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? "[" + text + "](" + uri.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal) + ")"
            : text;
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            if (Special.Contains(ch, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }
}
