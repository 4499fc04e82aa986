using System.Globalization;
using YamlDotNet.Core;

namespace BriefBot.Core.Ingestion;

/// <summary>YAML front matter between "---" lines at the top of a file: title, author(s), date, source, url, tags.</summary>
internal static class FrontMatter
{
    /// <summary>Reads the front matter, if the text starts with one. Returns where the body starts.</summary>
    public static int Read(ReadOnlySpan<char> text, ParsedDocument doc)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text is not "---")
        {
            return 0;
        }

        var end = FindClosing(text);
        if (end < 0)
        {
            throw new ContentFormatException("its front matter starts with '---' but has no closing '---' line");
        }

        var yaml = end - 1 > 4 ? text[4..(end - 1)] : [];
        FrontMatterLimits.CheckLength(yaml.Length);
        var bodyStart = text[end..].IndexOf('\n');

        Dictionary<string, object?>? fields;
        try
        {
            fields = yaml.Trim().IsEmpty ? [] : FrontMatterFields.Read(yaml);
        }
        catch (YamlException e)
        {
            var where = e.Start.Line > 0 ? $" (line {e.Start.Line + 1} of the file)" : string.Empty;
            throw new ContentFormatException($"its front matter is not valid YAML{where}: {FirstLine(e.Message)}");
        }

        foreach (var (key, value) in fields ?? [])
        {
            Apply(key.Trim().ToLowerInvariant(), value, doc);
        }

        return bodyStart < 0 ? text.Length : end + bodyStart + 1;
    }

    private static int FindClosing(ReadOnlySpan<char> text)
    {
        var at = 3;
        while (true)
        {
            var found = text[at..].IndexOf('\n');
            if (found < 0)
            {
                return -1;
            }

            var nl = at + found;
            var lineEnd = text[(nl + 1)..].IndexOf('\n');
            var line = (lineEnd < 0 ? text[(nl + 1)..] : text.Slice(nl + 1, lineEnd)).TrimEnd();
            if (line is "---" or "...")
            {
                return nl + 1;
            }

            at = nl + 1;
        }
    }

    private static void Apply(string key, object? value, ParsedDocument doc)
    {
        switch (key)
        {
            case "title":
                doc.Title = Scalar(value) ?? string.Empty;
                break;
            case "author" or "authors" or "by":
                foreach (var item in Items(value))
                {
                    var names = LineShapes.SplitNames(item);
                    doc.Authors.AddRange(names.Count > 0 ? names : [item.Trim()]);
                }

                break;
            case "date" or "published" or "pubdate":
                var text = Scalar(value);
                doc.Date = DateText.Parse(text);
                if (text is not null && doc.Date is null)
                {
                    throw new ContentFormatException($"its front matter date '{text}' is not a date (write it as 2024-03-31)");
                }

                break;
            case "source" or "publication" or "publisher":
                doc.Source = Scalar(value);
                break;
            case "url" or "link":
                doc.Url = Scalar(value);
                break;
            case "added_at":
                // Written by /add and feeds; a value that is not an instant only means the article is not "new" in digests.
                doc.AddedAt = DateTimeOffset.TryParse(Scalar(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var added)
                    ? added
                    : null;
                break;
            case "tags" or "keywords" or "categories":
                doc.Tags.AddRange(Items(value).Select(t => t.Trim()).Where(t => t.Length > 0));
                break;
        }
    }

    private static string? Scalar(object? value) => value switch
    {
        null => null,
        string s => s.Trim(),
        IEnumerable<object?> list => string.Join(", ", list.Select(Scalar)),
        _ => value.ToString(),
    };

    private static IEnumerable<string> Items(object? value) => value switch
    {
        null => [],
        string s => s.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        IEnumerable<object?> list => list.Select(Scalar).OfType<string>(),
        _ => [value.ToString() ?? string.Empty],
    };

    private static string FirstLine(string message)
    {
        var nl = message.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? message : message[..nl];
    }
}
