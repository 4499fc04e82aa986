namespace BriefBot.Core.Ingestion;

/// <summary>Joining a paragraph's lines without copying more than needed.</summary>
internal static class Lines
{
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
