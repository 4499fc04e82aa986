using System.Text;
using BriefBot.Core.Replies;

namespace BriefBot.Telegram.Rendering;

/// <summary>Telegram's HTML parse mode: escaping and the tags for a styled run of text.</summary>
internal static class Html
{
    /// <summary>Escapes text for HTML mode: '&amp;' first, then '&lt;' and '&gt;'.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>One run of raw text wrapped in its tags; every tag it opens, it closes.</summary>
    public static string Render(StyledText run)
    {
        var html = new StringBuilder(Escape(run.Text));
        if (run.Style.HasFlag(SpanStyle.Code))
        {
            Wrap(html, "code");
        }

        if (run.Style.HasFlag(SpanStyle.Italic))
        {
            Wrap(html, "i");
        }

        if (run.Style.HasFlag(SpanStyle.Bold))
        {
            Wrap(html, "b");
        }

        if (run.Url is not null && IsLinkable(run.Url))
        {
            html.Insert(0, $"<a href=\"{EscapeAttribute(run.Url)}\">").Append("</a>");
        }

        return html.ToString();
    }

    /// <summary>Runs in order; neighbours with the same style and link share one pair of tags.</summary>
    public static string Render(IEnumerable<StyledText> runs)
    {
        var html = new StringBuilder();
        StyledText? pending = null;
        foreach (var run in runs)
        {
            if (pending is not null && pending.Style == run.Style && pending.Url == run.Url)
            {
                pending = pending with { Text = pending.Text + run.Text };
                continue;
            }

            if (pending is not null)
            {
                html.Append(Render(pending));
            }

            pending = run;
        }

        if (pending is not null)
        {
            html.Append(Render(pending));
        }

        return html.ToString();
    }

    private static void Wrap(StringBuilder html, string tag) => html.Insert(0, $"<{tag}>").Append($"</{tag}>");

    private static bool IsLinkable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

/// <summary>Raw (unescaped) text with one style and an optional link.</summary>
internal sealed record StyledText(string Text, SpanStyle Style = SpanStyle.Plain, string? Url = null);
