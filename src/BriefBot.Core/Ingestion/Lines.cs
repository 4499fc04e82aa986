namespace BriefBot.Core.Ingestion;

/// <summary>A text's lines from a starting point, without first copying the rest of the text out.</summary>
internal static class Lines
{
    /// <summary>What <c>text[start..].Split('\n')</c> gives, each line without its trailing white space.</summary>
    public static List<string> TrimmedFrom(string text, int start)
    {
        var lines = new List<string>();
        while (true)
        {
            var nl = text.IndexOf('\n', start);
            var line = nl < 0 ? text.AsSpan(start) : text.AsSpan(start, nl - start);
            lines.Add(line.TrimEnd().ToString());
            if (nl < 0)
            {
                return lines;
            }

            start = nl + 1;
        }
    }

    /// <summary>The first character that is not white space, or null for a blank line.</summary>
    public static char? FirstNonSpace(string line)
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
}
