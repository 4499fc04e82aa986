namespace BriefBot.Core.Ingestion;

/// <summary>
/// Front matter written one field a line — <c>key: value</c>, with a plain, quoted or <c>[a, b]</c> list value — read
/// without YAML's scanner, giving what <see cref="FrontMatterFields.TryReadSimple"/> gives for it.
/// </summary>
/// <remarks>
/// Nearly every article's front matter has this shape, and YamlDotNet's scanner costs more than the rest of the parsing
/// of the file. Only text whose reading is beyond doubt is accepted: anything YAML could read another way (comments,
/// indentation, escapes, quotes inside quotes, tags, anchors, nesting, repeated keys, unusual characters) gives null
/// and goes to YamlDotNet.
/// </remarks>
internal static class FrontMatterLines
{
    public static Dictionary<string, object?>? TryRead(ReadOnlySpan<char> yaml)
    {
        var fields = new Dictionary<string, object?>();
        foreach (var range in yaml.Split('\n'))
        {
            var line = yaml[range].TrimEnd(' ');
            if (line.IsEmpty)
            {
                continue;
            }

            if (HasUnusualCharacter(line) || !TryReadField(line, out var key, out var value) || !fields.TryAdd(key, value))
            {
                return null;
            }
        }

        return fields;
    }

    private static bool TryReadField(ReadOnlySpan<char> line, out string key, out object? value)
    {
        key = string.Empty;
        value = null;
        var colon = line.IndexOf(':');
        if (colon <= 0 || !IsKey(line[..colon]))
        {
            return false;
        }

        var rest = line[(colon + 1)..];
        if (rest.IsEmpty)
        {
            key = line[..colon].ToString();
            return true;
        }

        if (rest[0] != ' ')
        {
            return false;
        }

        rest = rest.TrimStart(' ');
        var read = rest[0] switch
        {
            '"' or '\'' => TryReadQuoted(rest, out value),
            '[' => TryReadList(rest, out value),
            _ => TryReadPlain(rest, inList: false, out value),
        };
        key = read ? line[..colon].ToString() : string.Empty;
        return read;
    }

    /// <summary>Letters, digits, '_' and '-', not starting with '-', and not a word YAML reads as null.</summary>
    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (key[0] == '-' || IsNull(key))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A quoted value alone on its line, with no quote character (nor, in double quotes, escape) inside: its text as written.</summary>
    private static bool TryReadQuoted(ReadOnlySpan<char> rest, out object? value)
    {
        value = null;
        var quote = rest[0];
        var inner = rest[1..];
        if (inner.IsEmpty || inner.IndexOf(quote) != inner.Length - 1 || quote == '"' && inner.Contains('\\'))
        {
            return false;
        }

        value = inner[..^1].ToString();
        return true;
    }

    /// <summary>"[a, b c, d]": plain items; "[]" is an empty list.</summary>
    private static bool TryReadList(ReadOnlySpan<char> rest, out object? value)
    {
        value = null;
        if (rest[^1] != ']')
        {
            return false;
        }

        var inner = rest[1..^1];
        var items = new List<object?>();
        if (!inner.Trim(' ').IsEmpty)
        {
            foreach (var range in inner.Split(','))
            {
                var item = inner[range].Trim(' ');
                if (item.IsEmpty || !TryReadPlain(item, inList: true, out var scalar))
                {
                    return false;
                }

                items.Add(scalar);
            }
        }

        value = items;
        return true;
    }

    /// <summary>
    /// Unquoted text starting with a letter or digit, without anything YAML reads as a comment, a nested mapping or (in
    /// a list) a bracket or quote; the null words give null.
    /// </summary>
    private static bool TryReadPlain(ReadOnlySpan<char> text, bool inList, out object? value)
    {
        value = null;
        if (IsNull(text))
        {
            return true;
        }

        if (!char.IsLetterOrDigit(text[0]) || text.Contains('#') || text.Contains(": ", StringComparison.Ordinal) || text[^1] == ':' ||
            inList && text.IndexOfAny("[]{}:'\"") >= 0)
        {
            return false;
        }

        value = text.ToString();
        return true;
    }

    private static bool IsNull(ReadOnlySpan<char> word) => word is "~" or "null" or "Null" or "NULL";

    /// <summary>Tabs and other control characters, YAML's other line breaks, and byte order marks.</summary>
    private static bool HasUnusualCharacter(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }
}
