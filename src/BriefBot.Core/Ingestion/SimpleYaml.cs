using System.Buffers;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// The plainest YAML mappings, read as YAML reads them. Every line is blank, a comment, <c>key: value</c> with an ASCII key
/// at the start of the line, or <c>- item</c> under a key with no value; a value is a plain scalar on one line, a
/// quoted one without escapes, or a bracketed list of those. Anything else gives null, for a full YAML reader.
/// </summary>
internal static class SimpleYaml
{
    // What a plain scalar may not start with: YAML's indicators (and '-', '?', ':', which start one only when followed
    // by more than a space, a case left to the full reader).
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    // In a list in brackets a plain item also may not hold these.
    private static readonly SearchValues<char> FlowMarks = SearchValues.Create("[]{}:#");

    public static Dictionary<string, object?>? TryRead(string yaml)
    {
        var fields = new Dictionary<string, object?>();
        string? openKey = null; // the last key, when it had no value: its "- item" lines may follow
        List<object?>? items = null;
        var itemIndent = 0;
        foreach (var range in yaml.AsSpan().Split('\n'))
        {
            var line = yaml.AsSpan(range).TrimEnd(' ');
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (line.Contains('\t'))
            {
                return null;
            }

            var rest = line.TrimStart(' ');
            var indent = line.Length - rest.Length;
            if (rest[0] == '-' && (rest.Length == 1 || rest[1] == ' '))
            {
                if (openKey is null || items is not null && indent != itemIndent || !TryScalar(rest[1..].Trim(' '), inBrackets: false, out var item))
                {
                    return null;
                }

                if (items is null)
                {
                    fields[openKey] = items = [];
                    itemIndent = indent;
                }

                items.Add(item);
                continue;
            }

            var colon = rest.IndexOf(':');
            if (indent > 0 || colon <= 0 || !IsKey(rest[..colon]) || colon + 1 < rest.Length && rest[colon + 1] != ' ')
            {
                return null;
            }

            var key = rest[..colon].ToString();
            var value = rest[(colon + 1)..].Trim(' ');
            openKey = value.IsEmpty ? key : null;
            items = null;
            object? parsed = null;
            if (!value.IsEmpty && value[0] == '[')
            {
                if (!TryList(value, out var list))
                {
                    return null;
                }

                parsed = list;
            }
            else if (!value.IsEmpty && !TryScalar(value, inBrackets: false, out parsed))
            {
                return null;
            }

            fields[key] = parsed;
        }

        return fields.Count > 0 ? fields : null;
    }

    private static bool TryList(ReadOnlySpan<char> value, out List<object?> list)
    {
        list = [];
        if (value[^1] != ']')
        {
            return false;
        }

        var inner = value[1..^1];
        if (inner.Trim(' ').IsEmpty)
        {
            return true;
        }

        foreach (var range in inner.Split(','))
        {
            if (!TryScalar(inner[range].Trim(' '), inBrackets: true, out var item))
            {
                return false;
            }

            list.Add(item);
        }

        return true;
    }

    /// <summary>A plain scalar (null when it spells null) or a quoted one with nothing to unescape.</summary>
    private static bool TryScalar(ReadOnlySpan<char> text, bool inBrackets, out object? value)
    {
        value = null;
        if (text.IsEmpty || !Printable(text))
        {
            return false;
        }

        if (text[0] is '"' or '\'')
        {
            var quote = text[0];
            var inner = text.Length >= 2 && text[^1] == quote ? text[1..^1] : [];
            if (text.Length < 2 || text[^1] != quote || inner.Contains(quote) || quote == '"' && inner.Contains('\\'))
            {
                return false;
            }

            value = inner.ToString();
            return true;
        }

        if (Indicators.Contains(text[0]) || text[^1] == ':' || text.Contains(": ", StringComparison.Ordinal) ||
            text.Contains(" #", StringComparison.Ordinal) || inBrackets && text.ContainsAny(FlowMarks))
        {
            return false;
        }

        value = text is "~" or "null" or "Null" or "NULL" ? null : text.ToString();
        return true;
    }

    /// <summary>An ASCII name that YAML reads as a string key (not one that spells null).</summary>
    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0]) || key is "null" or "Null" or "NULL")
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Characters YAML prints as they are on one line: no controls, line breaks, byte order marks or surrogates.</summary>
    private static bool Printable(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or (>= '\u007F' and < '\u00A0') or '\u2028' or '\u2029' or '\uFEFF' or >= '\uFFFE' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
