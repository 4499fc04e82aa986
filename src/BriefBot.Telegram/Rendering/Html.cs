using System.Text;
using BriefBot.Core.Replies;

namespace BriefBot.Telegram.Rendering;

/// <summary>Telegram's HTML parse mode: escaping and the tags for a styled run of text.</summary>
internal static class Html
{
    /// <summary>One run of raw text wrapped in its tags; every tag it opens, it closes.</summary>
    public static string Render(StyledText run) => AppendTo(new StringBuilder(run.Text.Length + 16), [run]).ToString();

    /// <summary>Appends runs in order; neighbours with the same style and link share one pair of tags.</summary>
    public static StringBuilder AppendTo(StringBuilder html, IEnumerable<StyledText> runs)
    {
        StyledText? open = null;
        string? link = null;
        foreach (var run in runs)
        {
            if (open is null || open.Style != run.Style || open.Url != run.Url)
            {
                if (open is not null)
                {
                    html.Close(open.Style, link);
                }

                open = run;
                link = LinkOrNull(run.Url);
                html.Open(run.Style, link);
            }

            html.AppendEscaped(run.Text);
        }

        return open is null ? html : html.Close(open.Style, link);
    }

    /// <summary>The tags nest as they always have: a link outside bold outside italic outside code.</summary>
    private static StringBuilder Open(this StringBuilder html, SpanStyle style, string? link)
    {
        if (link is not null)
        {
            html.Append("<a href=\"").AppendEscaped(link, attribute: true).Append("\">");
        }

        if ((style & SpanStyle.Bold) != 0)
        {
            html.Append("<b>");
        }

        if ((style & SpanStyle.Italic) != 0)
        {
            html.Append("<i>");
        }

        return (style & SpanStyle.Code) != 0 ? html.Append("<code>") : html;
    }

    private static StringBuilder Close(this StringBuilder html, SpanStyle style, string? link)
    {
        if ((style & SpanStyle.Code) != 0)
        {
            html.Append("</code>");
        }

        if ((style & SpanStyle.Italic) != 0)
        {
            html.Append("</i>");
        }

        if ((style & SpanStyle.Bold) != 0)
        {
            html.Append("</b>");
        }

        return link is not null ? html.Append("</a>") : html;
    }

    private static StringBuilder AppendEscaped(this StringBuilder html, ReadOnlySpan<char> text, bool attribute = false)
    {
        while (true)
        {
            var next = attribute ? text.IndexOfAny("&<>\"") : text.IndexOfAny("&<>");
            if (next < 0)
            {
                return html.Append(text);
            }

            html.Append(text[..next]).Append(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&quot;",
            });
            text = text[(next + 1)..];
        }
    }

    /// <summary>Only absolute http and https links are made links; anything else shows as its text alone.</summary>
    private static string? LinkOrNull(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url : null;
}

/// <summary>Raw (unescaped) text with one style and an optional link.</summary>
internal sealed record StyledText(string Text, SpanStyle Style = SpanStyle.Plain, string? Url = null);
