using System.Text;

namespace BriefBot.Testing.Telegram;

/// <summary>
/// Parses text the way the Bot API does in HTML parse mode: only its tags, balanced; only the named entities
/// &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric ones. Gives the visible text (what Telegram shows and counts).
/// </summary>
public static class TelegramHtml
{
    private static readonly HashSet<string> Tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji"];

    /// <returns>The visible text, or null with an error in Telegram's words.</returns>
    public static string? TryParse(string html, out string? error)
    {
        var visible = new StringBuilder();
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    error = $"Can't find end of the tag starting at byte offset {i}";
                    return null;
                }

                var tag = html[(i + 1)..end].Trim();
                var closing = tag.StartsWith('/');
                var name = (closing ? tag[1..] : tag).Split(' ', 2)[0].ToLowerInvariant();
                if (!Tags.Contains(name))
                {
                    error = $"Unsupported start tag \"{name}\" at byte offset {i}";
                    return null;
                }

                if (closing)
                {
                    if (open.Count == 0 || open.Pop() != name)
                    {
                        error = $"Unmatched end tag at byte offset {i}, expected \"</{(open.Count == 0 ? name : open.Peek())}>\", found \"</{name}>\"";
                        return null;
                    }
                }
                else
                {
                    open.Push(name);
                }

                i = end + 1;
            }
            else if (c == '&')
            {
                var end = html.IndexOf(';', i);
                var entity = end < 0 ? string.Empty : html[(i + 1)..end];
                var decoded = Decode(entity);
                if (decoded is null)
                {
                    // Telegram accepts a lone '&' as text; a malformed entity-looking sequence too. We are stricter: renderers must escape.
                    error = $"Unescaped '&' at byte offset {i}";
                    return null;
                }

                visible.Append(decoded);
                i = end + 1;
            }
            else if (c == '>')
            {
                error = $"Unescaped '>' at byte offset {i}";
                return null;
            }
            else
            {
                visible.Append(c);
                i++;
            }
        }

        if (open.Count > 0)
        {
            error = $"Can't find end tag corresponding to start tag \"{open.Peek()}\"";
            return null;
        }

        error = null;
        return visible.ToString();
    }

    private static string? Decode(string entity) => entity switch
    {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "quot" => "\"",
        _ when entity.StartsWith("#x", StringComparison.OrdinalIgnoreCase) && int.TryParse(entity[2..], System.Globalization.NumberStyles.HexNumber, null, out var hex) => char.ConvertFromUtf32(hex),
        _ when entity.StartsWith('#') && int.TryParse(entity[1..], out var dec) => char.ConvertFromUtf32(dec),
        _ => null,
    };
}
