using System.Globalization;
using System.Text;
using BriefBot.Intake.Reading;

namespace BriefBot.Intake.Storing;

/// <summary>Who added an article, from where, and when: the front matter beyond what the article itself says.</summary>
/// <param name="Url">The link it was fetched from (tracking parameters and fragment removed); null for a file.</param>
/// <param name="FileName">The name of the file it was sent as; null for a link.</param>
/// <param name="Sha256">The hash of the bytes sent, so the same file sent twice is known.</param>
/// <param name="Fingerprint">The article's <see cref="ArticleFingerprint"/>, so the same article from another link is known.</param>
/// <param name="Feed">The feed it came from, if any.</param>
public sealed record AddedFrom(string? Url, string? FileName, string? Sha256, string AddedBy, DateTimeOffset AddedAt, string? Fingerprint = null, string? Feed = null);

/// <summary>
/// Writes an extracted article as the Markdown an admin would drop into the folder: YAML front matter (<c>title</c>,
/// <c>author</c>, <c>date</c>, <c>source</c>, <c>url</c>, <c>added_by</c>, <c>added_at</c>, and for a file
/// <c>file</c> and <c>sha256</c>; <c>fingerprint</c>; for a feed's item <c>feed</c>) and one paragraph per line pair. Every value is a double-quoted YAML scalar, and a
/// paragraph that Markdown would read as something else (a heading, a list item, a rule) has its first mark escaped.
/// </summary>
public static class ArticleMarkdown
{
    public static string Write(ExtractedArticle article, AddedFrom from)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(from);
        var text = new StringBuilder();
        text.Append("---\n");
        Field(text, "title", article.Title);
        if (article.Authors.Count == 1)
        {
            Field(text, "author", article.Authors[0]);
        }
        else if (article.Authors.Count > 1)
        {
            text.Append("author:\n");
            foreach (var author in article.Authors)
            {
                text.Append("  - ").Append(Quote(author)).Append('\n');
            }
        }

        if (article.Date is { } date)
        {
            text.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        Field(text, "source", article.Source);
        Field(text, "url", from.Url);
        Field(text, "file", from.FileName);
        Field(text, "sha256", from.Sha256);
        Field(text, "fingerprint", from.Fingerprint);
        Field(text, "feed", from.Feed);
        Field(text, "added_by", from.AddedBy);
        Field(text, "added_at", from.AddedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        text.Append("---\n\n");
        foreach (var paragraph in article.Paragraphs)
        {
            var line = TextCleaning.OneLine(paragraph.Text);
            if (line.Length == 0)
            {
                continue;
            }

            text.Append(paragraph.IsHeading ? "## " + line.TrimStart('#', ' ') : Escaped(line)).Append("\n\n");
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar on one line.</summary>
    internal static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in TextCleaning.OneLine(value))
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// A paragraph Markdown would read as a heading, list item, quote, rule or fence gets a backslash before the mark
    /// (CommonMark escapes only punctuation, so "1." becomes "1\.").
    /// </summary>
    private static string Escaped(string line)
    {
        var first = line[0];
        var digits = line.Length - line.TrimStart("0123456789".ToCharArray()).Length;
        if (digits > 0 && digits < line.Length && line[digits] is '.' or ')')
        {
            return line[..digits] + "\\" + line[digits..];
        }

        return first is '#' or '-' or '*' or '+' or '>' or '=' or '_' or '`' or '~' or '<' or '|'
            ? "\\" + line
            : line;
    }
}
