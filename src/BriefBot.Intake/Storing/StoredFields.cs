using System.Text;

namespace BriefBot.Intake.Storing;

/// <summary>
/// The one-line fields of a Markdown file's front matter, read from its first few kilobytes: enough to find the
/// <c>url</c>, <c>sha256</c> and <c>title</c> that <see cref="ArticleMarkdown"/> writes, without parsing the body.
/// </summary>
internal static class StoredFields
{
    private const int Head = 8 * 1024;

    public static Dictionary<string, string> Read(string path)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string head;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.None);
            var buffer = new byte[Head];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            head = Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return fields;
        }

        var lines = head.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return fields;
        }

        foreach (var line in lines.Skip(1))
        {
            if (line.Trim() is "---" or "...")
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }

            var value = line[(colon + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
            {
                value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            }

            fields.TryAdd(line[..colon].Trim(), value);
        }

        return fields;
    }
}
