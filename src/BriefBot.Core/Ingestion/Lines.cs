namespace BriefBot.Core.Ingestion;

/// <summary>A text's lines from a starting point, as slices of the text rather than copies of it.</summary>
internal static class Lines
{
    /// <summary>What <c>text[start..].Split('\n')</c> gives, each line without its trailing white space.</summary>
    public static List<ReadOnlyMemory<char>> TrimmedFrom(ReadOnlyMemory<char> text, int start)
    {
        var lines = new List<ReadOnlyMemory<char>>();
        var span = text.Span;
        while (true)
        {
            var nl = span[start..].IndexOf('\n');
            var line = nl < 0 ? text[start..] : text.Slice(start, nl);
            lines.Add(line.TrimEnd());
            if (nl < 0)
            {
                return lines;
            }

            start += nl + 1;
        }
    }

    /// <summary>The first character that is not white space, or null for a blank line.</summary>
    public static char? FirstNonSpace(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>What <c>string.Join(' ', lines.Select(l =&gt; l.Trim()))</c> gives; a single line is not copied.</summary>
    public static ReadOnlyMemory<char> JoinTrimmed(List<ReadOnlyMemory<char>> lines)
    {
        if (lines.Count == 1)
        {
            return lines[0].Trim();
        }

        var length = lines.Count - 1;
        foreach (var line in lines)
        {
            length += line.Span.Trim().Length;
        }

        return string.Create(length, lines, static (chars, lines) =>
        {
            var at = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    chars[at++] = ' ';
                }

                var trimmed = lines[i].Span.Trim();
                trimmed.CopyTo(chars[at..]);
                at += trimmed.Length;
            }
        }).AsMemory();
    }
}
